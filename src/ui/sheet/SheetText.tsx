import type { TextBlock } from '../../layout/geometry';
import { textAnchor } from '../../export/svg/svgGeometry';
import { SHEET_FONT_FAMILY, SHEET_INK } from './sheetStyle';

/** A wrapped text block: one SVG `<text>` per line, set at the line's baseline. */
export function SheetText({ block }: { block: TextBlock }) {
  const anchor = textAnchor(block.align);
  return (
    <g
      fontFamily={SHEET_FONT_FAMILY}
      fontSize={block.fontSize}
      fontWeight={block.bold ? 'bold' : 'normal'}
      textAnchor={anchor}
      fill={SHEET_INK}
    >
      {block.lines.map((line, i) =>
        line.text === '' ? null : (
          // xml:space keeps runs of spaces the user typed, as the PDF does.
          <text key={i} x={line.x} y={line.y} xmlSpace="preserve">
            {line.text}
          </text>
        ),
      )}
    </g>
  );
}
