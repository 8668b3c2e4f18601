import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { SheetText } from '../sheet/SheetText';
import { SHEET_INK } from '../sheet/sheetStyle';
import type { TableNode } from './toFlowElements';

/**
 * The flowchart table behind the symbols: grid lines, header and every cell's text, drawn
 * from the sheet geometry in points (the viewBox scales them to the canvas) with the sheet
 * preview's own text component, so wrapping matches the PDF word for word.
 */
function TableNodeViewImpl({ data }: NodeProps<TableNode>) {
  const { geometry } = data;
  const { page } = geometry;
  return (
    <svg
      className="diagram-table"
      width="100%"
      height="100%"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      aria-hidden="true"
    >
      <rect x={0} y={0} width={geometry.width} height={geometry.height} fill="#fff" />
      <g stroke={SHEET_INK} strokeLinecap="square">
        {page.lines.map((l, i) => (
          <line key={i} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} strokeWidth={l.width} />
        ))}
      </g>
      {page.texts.map((block, i) => (
        <SheetText key={i} block={block} />
      ))}
    </svg>
  );
}

/** Re-drawn only when the geometry changes, not when React Flow re-renders the node. */
export const TableNodeView = memo(TableNodeViewImpl, (a, b) => a.data.geometry === b.data.geometry);
