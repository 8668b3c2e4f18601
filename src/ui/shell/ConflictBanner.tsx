import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';

/** Another tab saved or deleted the open SOP: nothing is written until the user picks a side. */
export function ConflictBanner() {
  const t = useT();
  const status = useEditor((s) => s.saveStatus);
  const resolve = useEditor((s) => s.resolveConflict);
  if (status.kind !== 'conflict') return null;
  const deleted = status.theirs === 'deleted';
  return (
    <div className="banner banner-warning" role="alert" data-testid="conflict-message">
      <p>{t(deleted ? 'shell.conflict.deleted' : 'shell.conflict.changed')}</p>
      <button
        type="button"
        className="banner-action"
        data-testid="conflict-reload"
        onClick={() => resolve('reload')}
      >
        {t(deleted ? 'shell.conflict.close' : 'shell.conflict.reload')}
      </button>
      <button
        type="button"
        className="banner-action"
        data-testid="conflict-copy"
        onClick={() => resolve('copy')}
      >
        {t('shell.conflict.copy')}
      </button>
    </div>
  );
}
