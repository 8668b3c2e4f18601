/**
 * Spreadsheet units. Excel lays columns and rows out on a 96 dpi pixel grid
 * (1 px = 0.75 pt) and places drawings in EMU (1 pt = 12 700 EMU).
 */

export const EMU_PER_PT = 12700;
export const EMU_PER_PX = 9525;
export const PT_PER_PX = 0.75;

/**
 * Widest digit of the workbook's default font (Arial 10) in pixels: Excel's
 * column width unit. A width of `px / 7` characters is exactly `px` pixels wide.
 */
export const MAX_DIGIT_PX = 7;

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT_PT = 409;

/** Column width in Excel's character units for a column `px` pixels wide. */
export function columnWidthChars(px: number): number {
  return Math.round((px / MAX_DIGIT_PX) * 256) / 256;
}

/** Points to the nearest whole EMU. */
export function ptToEmu(pt: number): number {
  return Math.round(pt * EMU_PER_PT);
}
