import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { DiagramGeometry } from '../../layout/diagram';
import { moveActor, renameActor } from '../../model/commands';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { laneDropIndex } from './cellAt';
import { PX_PER_PT } from './diagramScale';
import { useDiagramUi, useDiagramUiStore } from './diagramUiStore';
import { InPlaceText } from './InPlaceText';

interface LaneHeaderProps {
  actorId: string;
  geometry: DiagramGeometry;
  left: number;
  top: number;
  width: number;
  height: number;
  zoom: number;
  onDelete(): void;
}

/**
 * One actor's header cell: click selects the lane, double-click renames it in place, a drag
 * sideways moves the whole lane (committed once, on release), × deletes it after a question.
 */
export function LaneHeader({
  actorId,
  geometry,
  left,
  top,
  width,
  height,
  zoom,
  onDelete,
}: LaneHeaderProps) {
  const t = useT();
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const name = useEditor((s) => s.doc.actors.find((a) => a.id === actorId)?.name ?? '');
  const selected = useEditor((s) =>
    s.selection.some((i) => i.kind === 'actor' && i.id === actorId),
  );
  const editing = useDiagramUi((s) => s.editing?.kind === 'actor' && s.editing.actorId === actorId);
  const [shift, setShift] = useState(0);
  const drag = useRef<{ startX: number; pointerId: number } | null>(null);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || editing) return;
    drag.current = { startX: e.clientX, pointerId: e.pointerId };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag.current) return;
    setShift((e.clientX - drag.current.startX) / zoom);
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const started = drag.current;
    drag.current = null;
    setShift(0);
    if (!started) return;
    const moved = (e.clientX - started.startX) / zoom;
    if (Math.abs(moved) < 4) {
      store.getState().setSelection([{ kind: 'actor', id: actorId }]);
      return;
    }
    const centre = (left + width / 2 + moved) / PX_PER_PT;
    const index = laneDropIndex(geometry.page.columns, actorId, centre);
    store.getState().apply((doc) => moveActor(doc, actorId, index));
  };

  return (
    <div
      className={`lane-header${selected ? ' is-selected' : ''}${shift !== 0 ? ' is-dragging' : ''}`}
      data-testid="lane-header"
      data-actor-id={actorId}
      title={t('diagram.lane.hint')}
      style={{
        left,
        top,
        width,
        height,
        transform: shift === 0 ? undefined : `translateX(${shift}px)`,
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        setShift(0);
      }}
      onDoubleClick={() => ui.getState().setEditing({ kind: 'actor', actorId })}
    >
      {editing ? (
        <InPlaceText
          value={name}
          label={t('diagram.lane.rename')}
          className="in-place-actor"
          onCommit={(text) => store.getState().apply((doc) => renameActor(doc, actorId, text))}
          onDone={() => ui.getState().setEditing(null)}
        />
      ) : (
        <>
          <span className="lane-header-name">{name}</span>
          <button
            type="button"
            className="lane-header-delete"
            data-testid="actor-delete"
            aria-label={t('diagram.lane.delete', { name })}
            title={t('diagram.lane.delete', { name })}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={onDelete}
          >
            ×
          </button>
        </>
      )}
    </div>
  );
}
