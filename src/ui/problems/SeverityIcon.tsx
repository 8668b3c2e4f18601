import { translate } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import type { Severity } from '../../model/rules';

/** A round red cross for an error, an amber triangle for a warning; the word is its accessible name (no <title>, which would leak into the text). */
export function SeverityIcon({ severity, lang }: { severity: Severity; lang: Language }) {
  const label = translate(lang, `problems.severity.${severity}`);
  return (
    <svg
      className={`severity-icon severity-${severity}`}
      width="14"
      height="14"
      viewBox="0 0 14 14"
      role="img"
      aria-label={label}
    >
      {severity === 'error' ? (
        <>
          <circle cx="7" cy="7" r="6.5" fill="currentColor" />
          <path d="M4.5 4.5l5 5M9.5 4.5l-5 5" stroke="#fff" strokeWidth="1.6" />
        </>
      ) : (
        <>
          <path d="M7 0.8L13.4 12.8H0.6Z" fill="currentColor" />
          <path d="M7 4.8v4M7 10.2v1" stroke="#fff" strokeWidth="1.5" />
        </>
      )}
    </svg>
  );
}
