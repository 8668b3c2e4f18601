import type { jsPDF } from 'jspdf';
import type { GlyphSource } from '../../layout/text/sheetFonts';

/**
 * The sheet's typefaces, embedded in every PDF (jsPDF keeps only the glyphs used):
 * Arimo, metric-compatible with Helvetica and Arial, so the layout keeps the widths
 * it always had, and DejaVu Sans for the characters Arimo lacks (✓, ✔, box drawing,
 * Arabic…). Both are freely licensed (SIL OFL 1.1; Bitstream Vera licence).
 */
/** The four TrueType files, base64-encoded as jsPDF takes them. */
export interface SheetFontFiles {
  regular: string;
  bold: string;
  fallbackRegular: string;
  fallbackBold: string;
}

export type SheetFontFace = keyof SheetFontFiles;

/** Gets the font files where this program runs: from the bundle in the browser, from disk in Node. */
export type LoadSheetFonts = () => Promise<SheetFontFiles>;

const FAMILY: Record<SheetFontFace, [family: string, style: 'normal' | 'bold']> = {
  regular: ['AlirSans', 'normal'],
  bold: ['AlirSans', 'bold'],
  fallbackRegular: ['AlirSansFallback', 'normal'],
  fallbackBold: ['AlirSansFallback', 'bold'],
};

/** Adds the four faces to `pdf` under the names `setSheetFont` selects. */
export function registerSheetFonts(pdf: jsPDF, files: SheetFontFiles): void {
  for (const face of Object.keys(FAMILY) as SheetFontFace[]) {
    const [family, style] = FAMILY[face];
    const fileName = `${family}-${style}.ttf`;
    pdf.addFileToVFS(fileName, files[face]);
    pdf.addFont(fileName, family, style, undefined, 'Identity-H');
  }
}

/** Selects the face that draws a piece of text (a character no face has gets the main face's box). */
export function setSheetFont(pdf: jsPDF, bold: boolean, source: GlyphSource = 'main'): void {
  pdf.setFont(source === 'fallback' ? 'AlirSansFallback' : 'AlirSans', bold ? 'bold' : 'normal');
}
