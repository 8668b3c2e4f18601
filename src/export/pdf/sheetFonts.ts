import type { jsPDF } from 'jspdf';

/**
 * The sheet's typefaces, embedded in every PDF (jsPDF keeps only the glyphs used):
 * Arimo, metric-compatible with Helvetica and Arial, so the layout keeps the widths
 * it always had, and DejaVu Sans for the characters Arimo lacks (✓, ✔, box drawing,
 * Arabic…). Both are freely licensed (SIL OFL 1.1; Bitstream Vera licence).
 */
export interface SheetFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  fallbackRegular: Uint8Array;
  fallbackBold: Uint8Array;
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
    pdf.addFileToVFS(fileName, toBase64(files[face]));
    pdf.addFont(fileName, family, style, undefined, 'Identity-H');
  }
}

export function setSheetFont(pdf: jsPDF, face: SheetFontFace): void {
  const [family, style] = FAMILY[face];
  pdf.setFont(family, style);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
