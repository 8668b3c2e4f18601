import { safeFileName } from '../model/fileName';
import type { SopDocument } from '../model/types';
import type { FileError } from '../model/fileErrors';
import { writeSopFile } from './sopFile';
import type { DocumentMeta } from '../model/documentMeta';

/** A file name made from an SOP's name: `Pengelolaan Surat Masuk.sop.json`; `fallback` when empty. */
export function fileNameFor(name: string, extension: string, fallback = 'sop'): string {
  return safeFileName([name], extension, fallback);
}

/** Hands `content` to the browser as a download named `fileName`; nothing leaves the computer. */
export function downloadBlob(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a text file (JSON) in UTF-8. */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/**
 * Downloads `doc` as `<nama-sop>.sop.json`, the file the app opens again. A
 * document too large to be opened again is not downloaded: the reason is returned
 * for the caller to show.
 */
export function downloadSopFile(doc: SopDocument, meta?: DocumentMeta): FileError | null {
  const written = writeSopFile(doc, meta);
  if (!written.ok) return written.error;
  downloadText(fileNameFor(doc.identity.name, '.sop.json'), written.text);
  return null;
}
