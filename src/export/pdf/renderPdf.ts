import type { jsPDF } from 'jspdf';
import type { SheetGeometry } from '../../layout/geometry';
import { drawPage } from './drawPage';
import { registerSheetFonts, type LoadSheetFonts, type SheetFontFiles } from './sheetFonts';

export interface RenderPdfOptions {
  /** The PDF's metadata title (the SOP's name). */
  title?: string;
  subject?: string;
}

/** Draws the whole sheet into a new jsPDF document (jsPDF already loaded). */
export function drawPdf(
  JsPdf: typeof jsPDF,
  geometry: SheetGeometry,
  fonts: SheetFontFiles,
  options: RenderPdfOptions = {},
): jsPDF {
  const { width, height } = geometry.paper;
  const orientation = width > height ? 'landscape' : 'portrait';
  const pdf = new JsPdf({ unit: 'pt', format: [width, height], orientation, compress: true });
  pdf.setProperties({
    title: options.title ?? '',
    subject: options.subject ?? 'SOP Administrasi Pemerintahan',
    creator: 'Alir',
  });
  registerSheetFonts(pdf, fonts);
  geometry.pages.forEach((page, i) => {
    if (i > 0) pdf.addPage([width, height], orientation);
    drawPage(pdf, page);
  });
  return pdf;
}

/**
 * Renders the sheet as a vector PDF. jsPDF is loaded on demand so it stays
 * out of the app's first download.
 */
export async function renderPdf(
  geometry: SheetGeometry,
  loadFonts: LoadSheetFonts,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const { jsPDF: JsPdf } = await import('jspdf');
  const fonts = await loadFonts();
  const pdf = drawPdf(JsPdf, geometry, fonts, options);
  return new Uint8Array(pdf.output('arraybuffer'));
}
