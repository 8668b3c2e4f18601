import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import { useSaveFile } from './useSaveFile';

/** Storage full (or refused): say so, and offer the work as a file right here. */
export function StorageErrorBanner() {
  const t = useT();
  const saveFile = useSaveFile();
  const status = useEditor((s) => s.saveStatus);
  if (status.kind !== 'error' && status.kind !== 'memory') return null;
  const message =
    status.kind === 'error' && status.reason === 'quota'
      ? 'shell.storage.fullMessage'
      : 'shell.storage.failedMessage';
  return (
    <div
      className="banner banner-error"
      role="alert"
      data-testid="error-message"
      data-error="storage"
    >
      <p>{status.kind === 'memory' ? t('shell.status.memory') : t(message)}</p>
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
