import { Packer } from 'docx';
import { layoutSheet } from '../layout/layoutSheet';
import { sheetMeasurer } from '../layout/text/measure';
import { safeFileName } from '../model/fileName';
import type { SopDocument } from '../model/types';
import { sopDocument } from './docx/document';

export interface SopDocx {
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/** The Word file's name, named like the PDF: `<nomor>-<nama>.docx`. */
export function docxFileName(doc: SopDocument): string {
  return safeFileName([doc.identity.number, doc.identity.name], '.docx', 'SOP');
}

/**
 * The SOP as a Word document: the one path shared by the browser's Export menu and the
 * command line. Loaded on demand with the `docx` writer.
 */
export async function exportSopDocx(doc: SopDocument): Promise<SopDocx> {
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const buffer = await Packer.toArrayBuffer(sopDocument(doc, geometry));
  return {
    bytes: new Uint8Array(buffer),
    fileName: docxFileName(doc),
    pageCount: geometry.pages.length,
  };
}
