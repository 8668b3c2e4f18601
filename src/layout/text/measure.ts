/**
 * Text width in the sheet's fonts (sheetFonts.ts: Arimo, with the Helvetica metrics
 * the layout always had, and DejaVu Sans for what it lacks), so layout in Node and in
 * the browser wraps exactly as the PDF prints. Widths are in 1/1000 em.
 */
import type { TextMeasurer } from '../geometry';
import { charWidth } from './sheetFonts';

export { charWidth };

/** Measures text in the sheet's regular or bold face without any DOM or PDF library. */
export const sheetMeasurer: TextMeasurer = {
  width(text: string, fontSize: number, bold: boolean): number {
    let units = 0;
    for (const char of text) units += charWidth(char, bold);
    return (units * fontSize) / 1000;
  },
};
