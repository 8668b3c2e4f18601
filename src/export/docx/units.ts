/**
 * Word's units. Page, table and paragraph sizes are in twentieths of a point
 * (twips), borders in eighths of a point, font sizes in half points, floating
 * positions in EMU; the `docx` package takes shape sizes in 96 dpi pixels.
 */

export const twips = (pt: number): number => Math.round(pt * 20);

export const halfPoints = (pt: number): number => Math.round(pt * 2);

export const emu = (pt: number): number => Math.round(pt * 12700);

export const px = (pt: number): number => (pt * 96) / 72;

/** A border's width in eighths of a point: Word draws nothing thinner than 2 (¼ pt). */
export const borderEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));

/** The typeface of every text: metric-compatible with the Arimo the PDF embeds. */
export const FONT = 'Arial';
