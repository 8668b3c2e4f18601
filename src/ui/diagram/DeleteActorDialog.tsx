import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { countActorSymbols, deleteActor } from '../../model/commands';
import { useEditor, useEditorStore } from '../../store/useEditor';
// Its own styles: the steps table asks the same question, with no canvas on the page.
import './diagramOverlays.css';

/**
 * The question before an actor goes: it says how many symbols sit in the lane and lets the
 * user move them to another lane (the default, nothing is lost) or remove them.
 */
export function DeleteActorDialog({ actorId, onClose }: { actorId: string; onClose(): void }) {
  const t = useT();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const actor = doc.actors.find((a) => a.id === actorId);
  const others = doc.actors.filter((a) => a.id !== actorId);
  const count = countActorSymbols(doc, actorId);
  const [target, setTarget] = useState<string>(others[0]?.id ?? '');
  if (!actor) return null;
  const confirm = () => {
    const moveTo = count > 0 && target !== '' ? target : undefined;
    store
      .getState()
      .apply((d) => deleteActor(d, actorId, moveTo === undefined ? {} : { moveSymbolsTo: moveTo }));
    store.getState().setSelection([]);
    onClose();
  };
  return (
    <div className="diagram-dialog-backdrop" role="presentation">
      <div
        className="diagram-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="delete-actor-title"
        data-testid="actor-delete-dialog"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id="delete-actor-title">{t('diagram.lane.deleteTitle', { name: actor.name })}</h2>
        <p data-testid="actor-delete-count">
          {count === 0 ? t('diagram.lane.deleteEmpty') : t('diagram.lane.deleteCount', { count })}
        </p>
        {count > 0 && (
          <fieldset className="diagram-dialog-choices">
            {others.map((other) => (
              <label key={other.id}>
                <input
                  type="radio"
                  name="delete-actor-target"
                  checked={target === other.id}
                  onChange={() => setTarget(other.id)}
                />
                {t('diagram.lane.moveTo', { count, name: other.name })}
              </label>
            ))}
            <label>
              <input
                type="radio"
                name="delete-actor-target"
                data-testid="actor-delete-remove"
                checked={target === ''}
                onChange={() => setTarget('')}
              />
              {t('diagram.lane.removeSymbols', { count })}
            </label>
          </fieldset>
        )}
        <div className="diagram-dialog-buttons">
          <button type="button" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="danger"
            data-testid="actor-delete-confirm"
            onClick={confirm}
          >
            {t('diagram.lane.deleteConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
