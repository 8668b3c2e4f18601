import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { actorRoom, appendActor } from '../../model/commands';
import { LIMITS } from '../../model/limits';
import type { Actor } from '../../model/types';
import { useEditorStore } from '../../store/useEditor';
import { LimitNote, useFormatCount, useTextLimit } from '../common/textLimit';
import { useDraftValue } from '../common/useDraftValue';
import type { StepsEditing } from './useStepsEditing';
import { DeleteActorDialog } from '../diagram/lazyDeleteActorDialog';

interface Props {
  actors: Actor[];
  edit: StepsEditing;
}

/** Widest a name is shown in its pill, in characters, unless the pill has the focus. */
const PILL_CHARS = 28;

function ActorName({
  actor,
  index,
  edit,
  onDelete,
}: {
  actor: Actor;
  index: number;
  edit: StepsEditing;
  onDelete(actorId: string): void;
}) {
  const t = useT();
  const commit = useCallback((name: string) => edit.renameActor(actor.id, name), [edit, actor.id]);
  const [draft, change] = useDraftValue(actor.name, commit);
  const limit = useTextLimit(draft);
  // A long name shows in full while it is edited, and on hover as a tooltip.
  const [focused, setFocused] = useState(false);
  const chars = draft.length + 1;
  return (
    <span className="steps-actor">
      <input
        type="text"
        className="steps-actor-name"
        data-testid="steps-actor-name"
        data-actor-id={actor.id}
        aria-label={t('steps.actors.name', { number: index + 1 })}
        title={draft}
        value={draft}
        size={Math.max(8, focused ? Math.min(chars, 120) : Math.min(PILL_CHARS, chars))}
        {...limit.fieldProps}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={(e) => {
          limit.fieldProps.onKeyDown(e);
          // As a row goes with Ctrl+Delete, so does an actor from its name.
          if (e.key === 'Delete' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
            e.preventDefault();
            onDelete(actor.id);
          }
        }}
        onChange={(e) => change(e.target.value)}
      />
      <button
        type="button"
        className="steps-actor-delete"
        data-testid="steps-actor-delete"
        // Out of the Tab order, which walks name → name → + Pelaksana; Ctrl+Delete in the name does it.
        tabIndex={-1}
        aria-label={t('steps.actors.delete', { name: draft })}
        title={t('steps.actors.delete', { name: draft })}
        onClick={() => onDelete(actor.id)}
      >
        ×
      </button>
      {limit.note}
    </span>
  );
}

/**
 * The actors above the table: rename in place, and "+ Pelaksana" to add one — the keyboard
 * way to a new lane without leaving the table. The new name is selected, ready to be typed over.
 */
export const ActorBar = memo(function ActorBar({ actors, edit }: Props) {
  const t = useT();
  const store = useEditorStore();
  const bar = useRef<HTMLDivElement>(null);
  const focusActor = useRef<string | null>(null);

  // Runs once the new actor's input exists (after the actors list changed).
  useLayoutEffect(() => {
    if (focusActor.current === null) return;
    const input = bar.current?.querySelector<HTMLInputElement>(
      `[data-actor-id="${CSS.escape(focusActor.current)}"]`,
    );
    if (!input) return;
    focusActor.current = null;
    input.focus();
    input.select();
  }, [actors]);

  const count = useFormatCount();
  // The actor whose deletion is being asked about (the same question as on the canvas).
  const [deleting, setDeleting] = useState<string | null>(null);
  // The actors when "+ Pelaksana" was refused at the actor limit: the note stands until they change.
  const [refusedAt, setRefusedAt] = useState<Actor[] | null>(null);

  const add = () => {
    const doc = store.getState().doc;
    const added = appendActor(doc, (n) => t('common.newActorName', { n }));
    setRefusedAt(!added && actorRoom(doc) === 0 ? doc.actors : null);
    if (!added) return;
    store.getState().apply(() => added.doc);
    focusActor.current = added.actorId;
  };

  return (
    <div className="steps-actors" ref={bar} role="group" aria-label={t('steps.actors.label')}>
      <span className="steps-actors-title">{t('steps.actors.label')}</span>
      {actors.map((actor, index) => (
        <ActorName key={actor.id} actor={actor} index={index} edit={edit} onDelete={setDeleting} />
      ))}
      <button type="button" className="steps-button" data-testid="steps-add-actor" onClick={add}>
        {t('steps.actors.add')}
      </button>
      {deleting !== null && (
        <DeleteActorDialog actorId={deleting} onClose={() => setDeleting(null)} />
      )}
      {refusedAt === actors && (
        <LimitNote>{t('steps.limit.actor', { max: count(LIMITS.actors) })}</LimitNote>
      )}
    </div>
  );
});
