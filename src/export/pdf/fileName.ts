import { safeFileName } from '../../model/fileName';
import type { SopDocument } from '../../model/types';

/**
 * The PDF's file name, `<nomor>-<nama>.pdf`, made safe for every file system:
 * "SOP-009/17000/2025" becomes "SOP-009-17000-2025". Falls back to "SOP.pdf".
 */
export function pdfFileName(doc: SopDocument): string {
  return safeFileName([doc.identity.number, doc.identity.name], '.pdf', 'SOP');
}
