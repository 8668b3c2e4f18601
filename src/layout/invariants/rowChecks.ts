import type { FlowchartPageGeometry } from '../geometry';
import { FLOWCHART_STYLE } from '../flowchart/metrics';

/** How far (pt) a cell's text may sit off its row's middle. */
export const CENTRE_TOLERANCE = 1;

/**
 * A step row's cell texts are centred on the row's middle, where its symbols
 * sit, rather than hanging at the top above a symbol far below them.
 */
export function checkTextCentred(page: FlowchartPageGeometry): string[] {
  const problems: string[] = [];
  for (const row of page.rows) {
    // Connectors at the top or bottom of the cell are not part of the step's own room.
    const above = row.connectorsAbove ?? 0;
    const middle = row.y + above + (row.height - above - (row.connectorsBelow ?? 0)) / 2;
    for (const block of page.texts) {
      const first = block.lines[0];
      if (!first || first.y <= row.y || first.y >= row.y + row.height) continue;
      const lineHeight = block.fontSize * FLOWCHART_STYLE.lineHeight;
      // Inverse of metrics.baseline: the top of the first line box.
      const top = first.y - (lineHeight - block.fontSize * 0.925) / 2 - block.fontSize * 0.718;
      const centre = top + (block.lines.length * lineHeight) / 2;
      if (Math.abs(centre - middle) > CENTRE_TOLERANCE)
        problems.push(
          `page ${page.index}: text "${first.text}" of row ${row.number} is ${(centre - middle).toFixed(1)} pt off the row's middle`,
        );
    }
  }
  return problems;
}
