import { layoutSheet } from '../layout/layoutSheet';
import { helveticaMeasurer } from '../layout/text/measure';
import type { SopDocument } from '../model/types';
import { pdfFileName } from './pdf/fileName';
import { renderPdf } from './pdf/renderPdf';

export interface SopPdf {
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/**
 * The official sheet of `doc` as PDF bytes and a file name: the one export path
 * shared by the browser's Export button and the command line.
 */
export async function exportSopPdf(doc: SopDocument): Promise<SopPdf> {
  const geometry = layoutSheet(doc, { measure: helveticaMeasurer });
  const bytes = await renderPdf(geometry, { title: doc.identity.name });
  return { bytes, fileName: pdfFileName(doc), pageCount: geometry.pages.length };
}
