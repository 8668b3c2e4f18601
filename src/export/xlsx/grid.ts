import { EMU_PER_PX, MAX_ROW_HEIGHT_PT, PT_PER_PX } from './units';

/** Where a point lands on a sheet: a cell and the offset into it, and its absolute EMU position. */
export interface CellAnchor {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
  /** Absolute position from the sheet's top-left corner, in EMU. */
  x: number;
  y: number;
}

/**
 * A sheet's columns and rows snapped to Excel's pixel grid. Edges are rounded
 * down one by one from their exact positions, so widths never add up to more
 * than the sheet's and rounding never accumulates along a page.
 */
export interface SheetGrid {
  /** Column edges in pixels from the sheet's left: `cols + 1` values. */
  colEdges: number[];
  /** Row edges in pixels from the sheet's top: `rows + 1` values. */
  rowEdges: number[];
  /** The exact edges in points the grid was snapped from. */
  colEdgesPt: number[];
  rowEdgesPt: number[];
}

/** Snaps exact edges (points, increasing) to the pixel grid. */
export function snapEdges(edgesPt: number[]): number[] {
  const first = edgesPt[0] ?? 0;
  const out: number[] = [];
  for (const edge of edgesPt) {
    let px = Math.floor((edge - first) / PT_PER_PX + 1e-6);
    const previous = out[out.length - 1];
    if (previous !== undefined && px <= previous) px = previous + 1;
    out.push(px);
  }
  return out;
}

/**
 * Splits any row taller than Excel allows into equal parts; returns the new edges.
 * Callers merge the parts back where a cell spans them.
 */
export function limitRowHeights(edgesPt: number[]): number[] {
  const out: number[] = [];
  edgesPt.forEach((edge, i) => {
    const previous = edgesPt[i - 1];
    if (previous !== undefined) {
      const parts = Math.ceil((edge - previous) / (MAX_ROW_HEIGHT_PT - 1));
      for (let k = 1; k < parts; k++) out.push(previous + ((edge - previous) * k) / parts);
    }
    out.push(edge);
  });
  return out;
}

export function makeGrid(colEdgesPt: number[], rowEdgesPt: number[]): SheetGrid {
  return {
    colEdges: snapEdges(colEdgesPt),
    rowEdges: snapEdges(rowEdgesPt),
    colEdgesPt,
    rowEdgesPt,
  };
}

/** Index of the band `[edges[i], edges[i+1])` holding `value` (the last band for the far edge). */
function bandOf(edges: number[], value: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] as number) <= value + 1e-6) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One axis of an anchor: band `i` of the snapped edges, `offset` EMU into it (kept inside it). */
function place(edgesPx: number[], i: number, offset: number) {
  const startPx = edgesPx[i] as number;
  const sizeEmu = ((edgesPx[i + 1] ?? startPx) - startPx) * EMU_PER_PX;
  const clamped = Math.max(0, Math.min(sizeEmu, Math.round(offset)));
  return { index: i, offset: clamped, absolute: startPx * EMU_PER_PX + clamped };
}

function anchorOf(c: ReturnType<typeof place>, r: ReturnType<typeof place>): CellAnchor {
  return {
    col: c.index,
    colOff: c.offset,
    row: r.index,
    rowOff: r.offset,
    x: c.absolute,
    y: r.absolute,
  };
}

/**
 * The cell anchor of a point given in the exact coordinates the grid was made
 * from: the cell holding it, and the offset into that cell, kept inside the
 * snapped cell so a shape never spills into the next row or column.
 */
export function anchorAt(grid: SheetGrid, xPt: number, yPt: number): CellAnchor {
  const axis = (edgesPt: number[], edgesPx: number[], value: number) => {
    const i = bandOf(edgesPt, value);
    return place(edgesPx, i, ((value - (edgesPt[i] as number)) / PT_PER_PX) * EMU_PER_PX);
  };
  return anchorOf(
    axis(grid.colEdgesPt, grid.colEdges, xPt),
    axis(grid.rowEdgesPt, grid.rowEdges, yPt),
  );
}

/** The cell anchor of an absolute sheet position in EMU (from the grid's own snapped edges). */
export function anchorAtEmu(grid: SheetGrid, x: number, y: number): CellAnchor {
  const axis = (edgesPx: number[], value: number) => {
    const i = bandOf(edgesPx, value / EMU_PER_PX);
    return place(edgesPx, i, value - (edgesPx[i] as number) * EMU_PER_PX);
  };
  return anchorOf(axis(grid.colEdges, x), axis(grid.rowEdges, y));
}
