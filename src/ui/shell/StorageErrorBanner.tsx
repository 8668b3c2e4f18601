import { useT } from '../../i18n/useT';
import { formatFileError } from '../../model/fileErrorMessages';
import { useEditor } from '../../store/useEditor';
import { useSaveFile } from './useSaveFile';

/** Storage full (or refused): say so, and offer the work as a file right here. */
export function StorageErrorBanner() {
  const t = useT();
  const saveFile = useSaveFile();
  const status = useEditor((s) => s.saveStatus);
  const language = useEditor((s) => s.language);
  if (status.kind !== 'error' && status.kind !== 'memory') return null;
  const message =
    status.kind === 'error' && status.reason === 'quota'
      ? 'shell.storage.fullMessage'
      : status.kind === 'error' && status.reason === 'invalid'
        ? 'shell.storage.invalidMessage'
        : 'shell.storage.failedMessage';
  return (
    <div
      className="banner banner-error"
      role="alert"
      data-testid="error-message"
      data-error="storage"
    >
      <p>{status.kind === 'memory' ? t('shell.status.memory') : t(message)}</p>
      {status.kind === 'error' && status.reason === 'invalid' && (
        <ul className="banner-list">
          {status.errors.map((e, i) => (
            <li key={i}>{formatFileError(e, language)}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="banner-action"
        data-testid="storage-download"
        onClick={saveFile}
      >
        {t('shell.storage.download')}
      </button>
    </div>
  );
}
