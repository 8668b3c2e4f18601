/** Presentation constants of the SVG sheet, matching the PDF export. */
export const SHEET_FONT_FAMILY = 'Helvetica, Arial, "Liberation Sans", sans-serif';
export const SHEET_INK = '#000';
