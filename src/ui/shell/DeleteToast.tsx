import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';

/** How long a deletion can be taken back. */
const UNDO_WINDOW_MS = 10_000;

/** "“X” deleted. [Undo delete]" for a few seconds after a deletion. */
export function DeleteToast() {
  const t = useT();
  const pending = useEditor((s) => s.pendingDelete);
  const undoDelete = useEditor((s) => s.undoDelete);
  const forget = useEditor((s) => s.forgetDelete);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = window.setTimeout(forget, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [pending, forget]);
  if (!pending) return null;
  const [first] = pending.removed;
  const name = first ? (first.entry.label ?? first.entry.name) : '';
  const text =
    pending.removed.length === 1
      ? t('shell.delete.done', { name: name || t('shell.library.untitled') })
      : t('shell.delete.doneMany', { count: String(pending.removed.length) });
  return (
    <div className="toast" role="status" data-testid="delete-toast">
      <span>{text}</span>
      <button type="button" className="toast-action" data-testid="delete-undo" onClick={undoDelete}>
        {t('shell.delete.undo')}
      </button>
    </div>
  );
}
