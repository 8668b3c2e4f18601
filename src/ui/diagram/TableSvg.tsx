import type { DiagramGeometry } from '../../layout/diagram';
import { SheetText } from '../sheet/SheetText';
import { SHEET_INK } from '../sheet/sheetStyle';
import { PX_PER_PT } from './diagramScale';

/**
 * The flowchart table (grid lines, header, every cell's text) drawn from the sheet geometry in
 * points, with the sheet preview's own text component so wrapping matches the PDF.
 */
export function TableSvg({ geometry }: { geometry: DiagramGeometry }) {
  const { page } = geometry;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="diagram-table"
      width={geometry.width * PX_PER_PT}
      height={geometry.height * PX_PER_PT}
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
