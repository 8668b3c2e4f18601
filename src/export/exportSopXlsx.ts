import { layoutSheet } from '../layout/layoutSheet';
import { sheetMeasurer } from '../layout/text/measure';
import { safeFileName } from '../model/fileName';
import type { SopDocument } from '../model/types';
import { writeWorkbook } from './xlsx/workbook';

export interface SopXlsx {
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/** The workbook's file name, named like the PDF: `<nomor>-<nama>.xlsx`. */
export function xlsxFileName(doc: SopDocument): string {
  return safeFileName([doc.identity.number, doc.identity.name], '.xlsx', 'SOP');
}

/**
 * The standard tabular SOP as an Excel workbook: the one path shared by the
 * browser's Export menu and the command line. Loaded on demand with its zip writer.
 */
export function exportSopXlsx(doc: SopDocument): SopXlsx {
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  return {
    bytes: writeWorkbook(doc, geometry),
    fileName: xlsxFileName(doc),
    pageCount: geometry.pages.length,
  };
}
