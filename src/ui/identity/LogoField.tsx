import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import { encodeLogo, type LogoFailure } from './encodeLogo';

interface Props {
  logo: string | null;
  onChange(logo: string | null): void;
}

const FAILURE_MESSAGES: Record<LogoFailure, MessageKey> = {
  notImage: 'identity.logo.error.notImage',
  unreadable: 'identity.logo.error.unreadable',
  tooBig: 'identity.logo.error.tooBig',
};

/** Logo upload with preview; a file that fails leaves the current logo in place. */
export function LogoField({ logo, onChange }: Props) {
  const t = useT();
  const inputId = useId();
  const [error, setError] = useState<{ reason: LogoFailure; file: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Clearing the input lets the user pick the same file again after fixing it.
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const result = await encodeLogo(file);
      if (result.ok) {
        setError(null);
        onChange(result.dataUrl);
      } else {
        setError({ reason: result.reason, file: file.name });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="identity-field identity-logo">
      <span className="identity-field-title">{t('identity.logo')}</span>
      <div className="identity-logo-row">
        <div className="identity-logo-preview">
          {logo ? (
            <img src={logo} alt={t('identity.logo.preview')} data-testid="identity-logo-preview" />
          ) : (
            <span>{t('identity.logo.none')}</span>
          )}
        </div>
        <div className="identity-logo-actions">
          {/* The native control speaks the browser's language; a label styled as a button speaks ours. */}
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept="image/png,image/jpeg"
            aria-busy={busy}
            data-testid="identity-logo-input"
            onChange={(e) => void choose(e.currentTarget)}
          />
          <label htmlFor={inputId} className="identity-file-button">
            {t('identity.logo.choose')}
          </label>
          {logo && (
            <button
              type="button"
              data-testid="identity-logo-remove"
              onClick={() => {
                setError(null);
                onChange(null);
              }}
            >
              {t('identity.logo.remove')}
            </button>
          )}
        </div>
      </div>
      {error && (
        <p className="identity-error" role="alert" data-testid="error-message">
          {t(FAILURE_MESSAGES[error.reason], { file: error.file })}
        </p>
      )}
    </div>
  );
}
