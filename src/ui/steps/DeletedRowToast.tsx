import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import type { DeletedRowNote } from './useGridHandlers';

/** How long the message stays; undo (Ctrl+Z) works after it too. */
const SHOWN_MS = 10_000;

/**
 * "Step 4 deleted. Step 3 now leads to step 5. [Undo]" after a row is deleted in the
 * table, while the rows stay as the deletion left them.
 */
export function DeletedRowToast({ note }: { note: DeletedRowNote | null }) {
  const t = useT();
  const steps = useEditor((s) => s.doc.steps);
  const undo = useEditor((s) => s.undo);
  const [hidden, setHidden] = useState<DeletedRowNote | null>(null);
  useEffect(() => {
    if (!note) return undefined;
    const timer = window.setTimeout(() => setHidden(note), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [note]);
  if (!note || note.steps !== steps || hidden === note) return null;
  return (
    <div className="toast" role="status" data-testid="step-delete-toast">
      <span>
        {t('steps.deleted', { number: note.number })}
        {note.bridges.map((b) => ` ${t('steps.deleted.bridge', { from: b.from, to: b.to })}`)}
      </span>
      <button type="button" className="toast-action" data-testid="step-delete-undo" onClick={undo}>
        {t('steps.deleted.undo')}
      </button>
      <button
        type="button"
        className="toast-action"
        aria-label={t('steps.deleted.dismiss')}
        onClick={() => setHidden(note)}
      >
        ×
      </button>
    </div>
  );
}
