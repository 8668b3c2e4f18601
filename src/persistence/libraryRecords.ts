import type { FileError } from '../model/fileErrors';
import type { SearchableEntry } from '../model/librarySearch';
import type { SopDocument } from '../model/types';
import { parseSopValue, toEnvelope } from './sopFile';

/**
 * One document as the library lists it: its id, the SOP's name, the entry's own name (label),
 * number, unit, time of last change and search text (librarySearch.ts SearchableEntry).
 */
export type LibraryEntry = SearchableEntry;

/**
 * Which write of a document a tab's work is based on: the revision grows with every
 * save, and the token is new with every write, so a record that was removed and put
 * back, or written by two tabs from the same revision, never passes for the one we read.
 */
export interface RecordStamp {
  revision: number;
  token: string;
}

/** What one document record holds: the file envelope and the stamp of the write that stored it. */
export interface DocRecord extends RecordStamp {
  /** When this write happened. */
  savedAt: string;
  /** When the document last changed: this write, or the time an imported file carried. */
  modified: string;
  label: string | null;
  doc: SopDocument;
}

export type RecordRead =
  | { ok: true; record: DocRecord }
  | { ok: false; reason: 'notJson' | 'notRecord' }
  | { ok: false; reason: 'invalid'; errors: FileError[] };

const RECORD_MARK = 1;

/** Writes a document record as compact JSON (storage space is scarce; files are pretty-printed elsewhere). */
export function writeRecord(id: string, record: DocRecord): string {
  return JSON.stringify({
    alir: RECORD_MARK,
    revision: record.revision,
    token: record.token,
    savedAt: record.savedAt,
    modified: record.modified,
    label: record.label,
    file: toEnvelope(record.doc, { id, modified: record.modified }),
  });
}

/** Reads a document record, validating the document as strictly as an opened file. */
export function readRecord(raw: string): RecordRead {
  try {
    return readRecordUnguarded(raw);
  } catch {
    // A reader bug must not turn one bad record into a blank page at every start: set it aside.
    return { ok: false, reason: 'notRecord' };
  }
}

function readRecordUnguarded(raw: string): RecordRead {
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
  return {
    ok: true,
    record: {
      ...stampOf(v),
      savedAt: v.savedAt,
      // Records written before format version 2 knew only the time of the write.
      modified: typeof v.modified === 'string' ? v.modified : v.savedAt,
      label: typeof v.label === 'string' && v.label.trim() !== '' ? v.label : null,
      doc: parsed.doc,
    },
  };
}

/** Records written before tokens existed (the localStorage library) have the empty token. */
function stampOf(v: Record<string, unknown>): RecordStamp {
  return {
    revision: typeof v.revision === 'number' ? v.revision : 0,
    token: typeof v.token === 'string' ? v.token : '',
  };
}

/** The stamp stored in a record, read without validating the document (the check inside a save). */
export function peekStamp(raw: string | null): RecordStamp | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    return stampOf(v as Record<string, unknown>);
  } catch {
    return null;
  }
}

/** True when two stamps name the same write. */
export function sameStamp(a: RecordStamp | null, b: RecordStamp | null): boolean {
  return a !== null && b !== null && a.revision === b.revision && a.token === b.token;
}

/** Reads the entries of the old localStorage index, or null when it is missing or not what it wrote. */
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
      entries.push({ id, name, label: null, number: '', unit: '', updatedAt, text: '' });
    }
    return entries;
  } catch {
    return null;
  }
}
