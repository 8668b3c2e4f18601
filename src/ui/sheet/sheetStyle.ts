import { SHEET_FACE, SHEET_FALLBACK_FACE } from './sheetFontFaces';

/**
 * Presentation constants of the SVG sheet, matching the PDF export: its fonts first
 * (registered by registerSheetFontFaces), then the system faces with the same metrics.
 */
export const SHEET_FONT_FAMILY = `"${SHEET_FACE}", "${SHEET_FALLBACK_FACE}", Helvetica, Arial, "Liberation Sans", sans-serif`;
export const SHEET_INK = '#000';
