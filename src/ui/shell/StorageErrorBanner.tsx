import { useT } from '../../i18n/useT';
import { downloadSopFile } from '../../persistence/download';
import { useEditor, useEditorStore } from '../../store/useEditor';

/** Storage full (or refused): say so, and offer the work as a file right here. */
export function StorageErrorBanner() {
  const t = useT();
  const store = useEditorStore();
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
        onClick={() => downloadSopFile(store.getState().doc)}
      >
        {t('shell.storage.download')}
      </button>
    </div>
  );
}
