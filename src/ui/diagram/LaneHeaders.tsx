import { useViewport } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import { SheetText } from '../sheet/SheetText';
import { SHEET_INK } from '../sheet/sheetStyle';
import { PX_PER_PT } from './diagramScale';
import { DeleteActorDialog } from './lazyDeleteActorDialog';
import { useDiagramUi, useDiagramUiStore } from './diagramUiStore';
import { LaneHeader } from './LaneHeader';

/**
 * The table header laid over the canvas, following its horizontal pan and zoom but pinned to
 * the top once the page scrolls up past it, so the actor names stay in view down a long SOP.
 * Its actor cells are where lanes are renamed, reordered and deleted.
 */
export function LaneHeaders({ geometry }: { geometry: DiagramGeometry }) {
  const { x, y, zoom } = useViewport();
  const deleting = useDiagramUi((s) => s.deletingActor);
  const ui = useDiagramUiStore();
  const { headerTop, headerSplit, headerBottom, width, page } = geometry;
  const naturalTop = y + headerTop * PX_PER_PT * zoom;
  const pinned = naturalTop < 0;
  const height = headerBottom - headerTop;
  const lanes = page.columns.filter((c) => c.kind === 'actor' && c.actorId !== undefined);
  return (
    <>
      <div
        className={`lane-headers${pinned ? ' is-pinned' : ''}`}
        data-testid="lane-headers"
        style={{
          transform: `translate(${x}px, ${Math.max(0, naturalTop)}px) scale(${zoom})`,
          width: width * PX_PER_PT,
          height: height * PX_PER_PT,
        }}
      >
        {pinned && (
          <svg
            className="lane-headers-sheet"
            width={width * PX_PER_PT}
            height={height * PX_PER_PT}
            viewBox={`0 ${headerTop} ${width} ${height}`}
            aria-hidden="true"
          >
            <rect x={0} y={headerTop} width={width} height={height} fill="#fff" />
            <g stroke={SHEET_INK}>
              {page.lines
                .filter(
                  (l) => Math.max(l.y1, l.y2) > headerTop && Math.min(l.y1, l.y2) <= headerBottom,
                )
                .map((l, i) => (
                  <line
                    key={i}
                    x1={l.x1}
                    y1={Math.max(l.y1, headerTop)}
                    x2={l.x2}
                    y2={Math.min(l.y2, headerBottom)}
                    strokeWidth={l.width}
                  />
                ))}
            </g>
            {page.texts
              .filter((b) => (b.lines[0]?.y ?? Infinity) < headerBottom)
              .map((block, i) => (
                <SheetText key={i} block={block} />
              ))}
          </svg>
        )}
        {lanes.map((column) => (
          <LaneHeader
            key={column.actorId}
            actorId={column.actorId!}
            geometry={geometry}
            left={column.x * PX_PER_PT}
            top={(headerSplit - headerTop) * PX_PER_PT}
            width={column.width * PX_PER_PT}
            height={(headerBottom - headerSplit) * PX_PER_PT}
            zoom={zoom}
            onDelete={() => ui.getState().setDeletingActor(column.actorId!)}
          />
        ))}
      </div>
      {deleting !== null && (
        <DeleteActorDialog
          actorId={deleting}
          onClose={() => ui.getState().setDeletingActor(null)}
        />
      )}
    </>
  );
}
