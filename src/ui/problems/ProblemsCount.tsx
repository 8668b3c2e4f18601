import { translate } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import type { Finding } from '../../model/rules';
import { SeverityIcon } from './SeverityIcon';

export interface ProblemsCountProps {
  findings: Finding[];
  lang: Language;
  /** Whether the problems panel is showing; the count is then its toggle. */
  open?: boolean;
  onToggle?(): void;
}

/** The number of findings for the status line (`problems-count` holds just the number). */
export function ProblemsCount({ findings, lang, open, onToggle }: ProblemsCountProps) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const worst = errors > 0 ? 'error' : findings.length > 0 ? 'warning' : null;
  const tally = translate(lang, 'problems.countLabel', {
    errors,
    warnings: findings.length - errors,
  });
  return (
    <button
      type="button"
      className={`problems-count problems-count-${worst ?? 'none'}`}
      data-testid="problems-toggle"
      aria-expanded={open}
      aria-controls={open ? 'problems-dock' : undefined}
      title={`${translate(lang, 'problems.toggle')} (${tally})`}
      onClick={onToggle}
    >
      {worst && <SeverityIcon severity={worst} lang={lang} />}
      <span>{translate(lang, 'problems.title')}</span>
      <span className="problems-count-number" data-testid="problems-count">
        {findings.length}
      </span>
    </button>
  );
}
