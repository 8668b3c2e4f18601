import type { TextAlign, TextBlock } from '../geometry';

/** Line spacing of the sheet's text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

/** Height in points of `count` lines at `fontSize`. */
export function linesHeight(count: number, fontSize: number): number {
  return count * fontSize * LINE_HEIGHT;
}

/**
 * A TextBlock whose first line's box starts at `top`. `x` is the anchor the
 * alignment refers to: the left edge, the centre or the right edge.
 */
export function textBlock(
  lines: string[],
  x: number,
  top: number,
  fontSize: number,
  bold: boolean,
  align: TextAlign = 'left',
): TextBlock {
  const lineHeight = fontSize * LINE_HEIGHT;
  // Helvetica's ascender is 0.718 em: centre the glyphs in each line box.
  const baseline = top + (lineHeight - fontSize * 0.925) / 2 + fontSize * 0.718;
  return {
    lines: lines.map((text, i) => ({ text, x, y: baseline + i * lineHeight })),
    align,
    fontSize,
    bold,
  };
}
