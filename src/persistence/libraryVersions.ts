import type { SopDocument } from '../model/types';
import type { VersionRow } from './libraryBackend';
import { parseSopValue } from './sopFile';

/** A saved version of a document, read. */
export interface SavedVersion {
  key: string;
  savedAt: string;
  note: string;
  kind: VersionRow['kind'];
  doc: SopDocument;
}

/** A stored version, read and checked as a file is; null when it no longer reads. */
export function readVersion(row: VersionRow): SavedVersion | null {
  try {
    const read = parseSopValue(JSON.parse(row.raw));
    if (!read.ok) return null;
    return { key: row.key, savedAt: row.savedAt, note: row.note, kind: row.kind, doc: read.doc };
  } catch {
    return null;
  }
}
