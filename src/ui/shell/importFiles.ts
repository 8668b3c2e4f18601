import { unreadableError } from '../../model/fileErrors';
import { decodeFileText, fileTooLargeError, maxFileBytes } from '../../model/fileText';
import { LIBRARY_MAX_BYTES, LIMITS } from '../../model/limits';
import type { Notice } from '../../store/editorTypes';

export type ImportKind = 'document' | 'library';

/** What importing needs from the store (a narrow view, so it can be tested without one). */
export interface ImportTarget {
  addNotice(notice: Notice): void;
  importFile(text: string, fileName: string): unknown;
  importLibrary(text: string, fileName: string): unknown;
}

/** The part of a File that importing reads. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads chosen or dropped files and hands their text to the store, which adds each
 * good one as a new library entry. The bytes are decoded by the same function the
 * command line uses, so both read UTF-8 and UTF-16 files alike. Oversized files are
 * refused before being read, and an exception while reading a file becomes its
 * "cannot be read" refusal, so one bad file never stops the others.
 */
export async function importChosenFiles(
  files: Iterable<ChosenFile>,
  kind: ImportKind,
  target: () => ImportTarget,
): Promise<void> {
  const maxText = kind === 'library' ? LIBRARY_MAX_BYTES : LIMITS.fileBytes;
  for (const file of files) {
    const refuse = (errors: Extract<Notice, { kind: 'fileRefused' }>['errors']) =>
      target().addNotice({ kind: 'fileRefused', fileName: file.name, errors });
    if (file.size > maxFileBytes(maxText)) {
      refuse([fileTooLargeError(file.size, maxText)]);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      target().addNotice({ kind: 'fileUnreadable', fileName: file.name });
      continue;
    }
    const decoded = decodeFileText(bytes, maxText);
    if (!decoded.ok) {
      refuse(decoded.errors);
      continue;
    }
    try {
      // One file at a time: each import may switch the open SOP, which waits for storage.
      if (kind === 'library') await target().importLibrary(decoded.text, file.name);
      else await target().importFile(decoded.text, file.name);
    } catch {
      refuse([unreadableError()]);
    }
  }
}
