import { layoutSheet } from '../layout/layoutSheet';
import { sheetMeasurer } from '../layout/text/measure';
import type { SopDocument } from '../model/types';
import { pdfFileName } from './pdf/fileName';
import { renderPdf } from './pdf/renderPdf';
import type { LoadSheetFonts } from './pdf/sheetFonts';

export interface SopPdf {
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/**
 * The official sheet of `doc` as PDF bytes and a file name: the one export path
 * shared by the browser's Export button and the command line, each with its own
 * way to the font files (`loadBrowserSheetFonts`, `loadNodeSheetFonts`).
 */
export async function exportSopPdf(doc: SopDocument, loadFonts: LoadSheetFonts): Promise<SopPdf> {
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const bytes = await renderPdf(geometry, loadFonts, { title: doc.identity.name });
  return { bytes, fileName: pdfFileName(doc), pageCount: geometry.pages.length };
}
