import type { SymbolShape } from '../../model/types';

/** Typography and spacing of the flowchart table, in points. */
export const FLOWCHART_STYLE = {
  bodyFont: 8,
  headerFont: 8,
  lineHeight: 1.2,
  cellPadding: 3,
  /** Space kept free above and below a cell's symbols: room for arrow tracks. */
  symbolPadding: 10,
  /**
   * Vertical gap between symbols stacked in one cell: an arrow that crosses the gap
   * to enter the lower one keeps a final leg of half of it, two arrowheads long.
   */
  stackGap: 24,
  /** Strip holding off-page connectors, above the first / below the last row. */
  stripPadding: 8,
} as const;

/** Symbol sizes at scale 1 (drawn as in the signed originals: small, no text inside). */
const BASE_SIZE: Record<SymbolShape | 'connector', { width: number; height: number }> = {
  terminator: { width: 32, height: 13 },
  process: { width: 28, height: 16 },
  decision: { width: 30, height: 20 },
  connector: { width: 14, height: 14 },
};

/** Widest symbol at scale 1: actor columns are sized from it. */
export const MAX_SYMBOL_WIDTH = 32;

/** Free width each side of the widest symbol that an actor column keeps for arrow lanes. */
export const MIN_CHANNEL = 8;

/** Width and height of a symbol (or off-page connector) at `scale`. */
export function symbolSize(
  shape: SymbolShape | 'connector',
  scale: number,
): { width: number; height: number } {
  const base = BASE_SIZE[shape];
  return { width: base.width * scale, height: base.height * scale };
}

/** Height of `count` text lines at `fontSize`. */
export function textHeight(count: number, fontSize: number): number {
  return count * fontSize * FLOWCHART_STYLE.lineHeight;
}

/** Baseline of line `index` of a text whose first line box starts at `top`. */
export function baseline(top: number, index: number, fontSize: number): number {
  const lineHeight = fontSize * FLOWCHART_STYLE.lineHeight;
  // Helvetica's ascender is 0.718 em; centre the glyphs in each line box.
  return top + (lineHeight - fontSize * 0.925) / 2 + fontSize * 0.718 + index * lineHeight;
}
