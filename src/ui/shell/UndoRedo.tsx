import { useT } from '../../i18n/useT';
import { canRedo, canUndo } from '../../model/history';
import { useEditor } from '../../store/useEditor';

/** The undo and redo buttons (Ctrl+Z / Ctrl+Y do the same outside text fields). */
export function UndoRedo() {
  const t = useT();
  const undoable = useEditor((s) => canUndo(s.history));
  const redoable = useEditor((s) => canRedo(s.history));
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  return (
    <div className="topbar-group" role="group">
      <button
        type="button"
        className="topbar-button"
        data-testid="undo"
        disabled={!undoable}
        title={t('shell.undo.hint')}
        onClick={undo}
      >
        <span aria-hidden="true">↶</span> {t('shell.undo')}
      </button>
      <button
        type="button"
        className="topbar-button"
        data-testid="redo"
        disabled={!redoable}
        title={t('shell.redo.hint')}
        onClick={redo}
      >
        <span aria-hidden="true">↷</span> {t('shell.redo')}
      </button>
    </div>
  );
}
