import type { Line } from '../layout/geometry';

/**
 * A ruled table read back off a page's own lines, for the office writers: every
 * line position is a column or row edge, and cells with no line between them form
 * one region (a merged cell). The sheet layout draws lines, not cells, so this is
 * how the Excel and Word exports recover the identity page's merged cells.
 */

/** Lines closer than this (points) are the same grid line. */
const SAME = 0.05;

/** A block of cells, inclusive at both ends. */
export interface CellRange {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

export interface RuledGrid {
  /** Whether a line runs along the top edge of cell (row, col); row = rows is the bottom edge. */
  horizontal(row: number, col: number): boolean;
  /** Whether a line runs along the left edge of cell (row, col); col = cols is the right edge. */
  vertical(row: number, col: number): boolean;
  /** The merged region holding cell (row, col): itself when its region is not a rectangle. */
  regionAt(row: number, col: number): CellRange;
  /** The regions of more than one cell. */
  merges: CellRange[];
}

export function isVertical(l: Line): boolean {
  return Math.abs(l.x1 - l.x2) < SAME;
}

export function isHorizontal(l: Line): boolean {
  return Math.abs(l.y1 - l.y2) < SAME && !isVertical(l);
}

/** The values sorted, those within `SAME` of the previous one left out. */
export function uniqueEdges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SAME) out.push(v);
  return out;
}

/** Whether lines at `pos` (on `key`) cover the span `[from, to]` along the other axis. */
function covered(
  lines: Line[],
  key: 'x1' | 'y1',
  pos: number,
  along: 'x' | 'y',
  from: number,
  to: number,
): boolean {
  const mid = (from + to) / 2;
  return lines.some((l) => {
    if (Math.abs(l[key] - pos) > SAME) return false;
    const a = Math.min(l[`${along}1`], l[`${along}2`]);
    const b = Math.max(l[`${along}1`], l[`${along}2`]);
    return a <= mid && mid <= b;
  });
}

/** The grid of `colEdges` × `rowEdges` ruled by `lines` (all in one coordinate space). */
export function ruledGrid(lines: Line[], colEdges: number[], rowEdges: number[]): RuledGrid {
  const rows = rowEdges.length - 1;
  const cols = colEdges.length - 1;
  const horizontals = lines.filter(isHorizontal);
  const verticals = lines.filter(isVertical);
  const horizontal = (row: number, col: number): boolean =>
    covered(horizontals, 'y1', rowEdges[row]!, 'x', colEdges[col]!, colEdges[col + 1]!);
  const vertical = (row: number, col: number): boolean =>
    covered(verticals, 'x1', colEdges[col]!, 'y', rowEdges[row]!, rowEdges[row + 1]!);

  const parent = Array.from({ length: Math.max(0, rows * cols) }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !vertical(r, c + 1)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !horizontal(r + 1, c)) join(r * cols + c, (r + 1) * cols + c);
    }
  const regions = new Map<number, CellRange & { count: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const m = regions.get(root);
      if (!m) regions.set(root, { row1: r, col1: c, row2: r, col2: c, count: 1 });
      else {
        m.row1 = Math.min(m.row1, r);
        m.col1 = Math.min(m.col1, c);
        m.row2 = Math.max(m.row2, r);
        m.col2 = Math.max(m.col2, c);
        m.count++;
      }
    }
  const rectangular = (m: CellRange & { count: number }): boolean =>
    m.count === (m.row2 - m.row1 + 1) * (m.col2 - m.col1 + 1);
  const regionAt = (r: number, c: number): CellRange => {
    const m = regions.get(find(r * cols + c))!;
    return rectangular(m) ? m : { row1: r, col1: c, row2: r, col2: c };
  };
  const merges = [...regions.values()]
    .filter((m) => rectangular(m) && m.count > 1)
    .map(({ row1, col1, row2, col2 }) => ({ row1, col1, row2, col2 }));
  return { horizontal, vertical, regionAt, merges };
}
