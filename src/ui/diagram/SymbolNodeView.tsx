import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { STROKE } from '../../export/pdf/shapes';
import { pointsAttr } from '../../export/svg/svgGeometry';
import { useT } from '../../i18n/useT';
import { capsuleRadius, diamondPoints } from '../../layout/shapes';
import { useEditor } from '../../store/useEditor';
import { PX_PER_PT } from './diagramScale';
import type { SymbolNode } from './toFlowElements';
import { SHAPE_LABEL } from '../common/shapeLabel';

const SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

/** The outline of a symbol in its own box, in canvas units, like the sheet's. */
function Outline({
  shape,
  width,
  height,
}: {
  shape: SymbolNode['data']['shape'];
  width: number;
  height: number;
}) {
  const inset = (STROKE.symbol * PX_PER_PT) / 2;
  const box = { x: inset, y: inset, width: width - 2 * inset, height: height - 2 * inset };
  switch (shape) {
    case 'terminator': {
      const r = capsuleRadius(box);
      return <rect className="symbol-outline" {...box} rx={r} ry={r} />;
    }
    case 'process':
      return <rect className="symbol-outline" {...box} />;
    case 'decision':
      return <polygon className="symbol-outline" points={pointsAttr(diamondPoints(box))} />;
    default: {
      const unknown: never = shape;
      throw new Error(`Unknown symbol shape ${String(unknown)}`);
    }
  }
}

/**
 * A symbol on the canvas: its outline, four dots to draw an arrow from, and an invisible
 * target covering the whole symbol that only catches the pointer while an arrow is being
 * drawn (so dropping anywhere on a symbol connects to it, and dragging it still moves it).
 */
function SymbolNodeViewImpl({ id, data, width, height, selected }: NodeProps<SymbolNode>) {
  const t = useT();
  const actor = useEditor((s) => s.doc.actors.find((a) => a.id === data.actorId)?.name ?? '');
  const w = width ?? 0;
  const h = height ?? 0;
  return (
    <div
      className={`diagram-symbol${selected ? ' is-selected' : ''}`}
      data-testid="symbol"
      data-symbol-id={id}
      data-shape={data.shape}
      data-step-id={data.stepId}
      data-actor-id={data.actorId}
      role="img"
      aria-label={t('inspector.symbolOption', {
        n: data.number,
        shape: t(SHAPE_LABEL[data.shape]),
        actor,
      })}
    >
      <svg width={w} height={h} className="symbol-svg" aria-hidden="true">
        <Outline shape={data.shape} width={w} height={h} />
      </svg>
      {SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          className="symbol-handle"
          data-testid="symbol-handle"
          data-side={side.id}
        />
      ))}
      <Handle id="in" type="target" position={Position.Top} className="symbol-drop" />
    </div>
  );
}

export const SymbolNodeView = memo(SymbolNodeViewImpl);
