import type { FileError } from '../model/fileErrors';
import type { SopDocument } from '../model/types';
import { parseSopValue, toEnvelope } from './sopFile';

/** One document as the library lists it. */
export interface LibraryEntry {
  id: string;
  name: string;
  /** ISO time of the last save. */
  updatedAt: string;
}

/**
 * What one document key holds: the file envelope plus a revision counter that
 * grows with every save, so a tab can tell that another tab saved in between.
 */
export interface DocRecord {
  revision: number;
  savedAt: string;
  doc: SopDocument;
}

export type RecordRead =
  | { ok: true; record: DocRecord }
  | { ok: false; reason: 'notJson' | 'notRecord' }
  | { ok: false; reason: 'invalid'; errors: FileError[] };

const RECORD_MARK = 1;

/** Writes a document record as compact JSON (storage space is scarce; files are pretty-printed elsewhere). */
export function writeRecord(record: DocRecord): string {
  return JSON.stringify({
    alir: RECORD_MARK,
    revision: record.revision,
    savedAt: record.savedAt,
    file: toEnvelope(record.doc),
  });
}

/** Reads a document record, validating the document as strictly as an opened file. */
export function readRecord(raw: string): RecordRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'notRecord' };
  }
  const v = value as Record<string, unknown>;
  if (
    v.alir !== RECORD_MARK ||
    typeof v.revision !== 'number' ||
    !Number.isInteger(v.revision) ||
    typeof v.savedAt !== 'string'
  ) {
    return { ok: false, reason: 'notRecord' };
  }
  const parsed = parseSopValue(v.file);
  if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
  return { ok: true, record: { revision: v.revision, savedAt: v.savedAt, doc: parsed.doc } };
}

/** The revision stored in a record, read without validating the document (cheap check before a save). */
export function peekRevision(raw: string | null): number | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as { revision?: unknown };
    return typeof v.revision === 'number' ? v.revision : null;
  } catch {
    return null;
  }
}

/** Reads the index's entries, or null when the index is missing or not what we wrote. */
export function readIndex(raw: string | null): LibraryEntry[] | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as { entries?: unknown };
    if (!Array.isArray(v.entries)) return null;
    const entries: LibraryEntry[] = [];
    for (const e of v.entries as unknown[]) {
      if (typeof e !== 'object' || e === null) return null;
      const { id, name, updatedAt } = e as Record<string, unknown>;
      if (typeof id !== 'string' || typeof name !== 'string' || typeof updatedAt !== 'string')
        return null;
      entries.push({ id, name, updatedAt });
    }
    return entries;
  } catch {
    return null;
  }
}

/** Writes the index. */
export function writeIndex(entries: readonly LibraryEntry[]): string {
  return JSON.stringify({ v: 1, entries });
}
