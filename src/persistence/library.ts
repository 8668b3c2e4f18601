import { renameSop } from '../model/commands/identity';
import type { DocumentMeta, FiledDocument } from '../model/documentMeta';
import type { FileError } from '../model/fileErrors';
import { searchTextOf } from '../model/librarySearch';
import type { SopDocument } from '../model/types';
import type { EntryRow, LibraryBackend, VersionRow } from './libraryBackend';
import { toEnvelope } from './sopFile';
import { readVersion, type SavedVersion } from './libraryVersions';

export type { SavedVersion } from './libraryVersions';
import {
  peekStamp,
  readRecord,
  sameStamp,
  writeRecord,
  type DocRecord,
  type LibraryEntry,
  type RecordStamp,
} from './libraryRecords';
import { checkStorable } from './storable';
import type { OfficeProfile } from '../model/profile';

/** Where the office profile is kept in the library's `meta` store (one logo for all its SOPs). */
const PROFILE_KEY = 'officeProfile';
import { docKey, isQuotaError, QUARANTINE_KEY_PREFIX } from './libraryStorage';

export type { DocRecord, LibraryEntry, RecordStamp } from './libraryRecords';

/**
 * Why a write did not happen. `conflict`: another tab saved this document since we read it;
 * `invalid`: the document breaks a rule of the file format, so storing it would lose it at the
 * next start (a bug in Alir: it is reported, never written).
 */
export type WriteFailure =
  | { reason: 'quota' | 'failed' | 'conflict' | 'missing' }
  | { reason: 'invalid'; errors: FileError[] };
export type StoreFailure =
  { reason: 'quota' | 'failed' } | { reason: 'invalid'; errors: FileError[] };
export type SaveResult =
  { ok: true; stamp: RecordStamp; savedAt: string } | ({ ok: false } & WriteFailure);
export type CreateResult =
  { ok: true; id: string; record: DocRecord } | ({ ok: false } & StoreFailure);
/** `taken`: the id asked for is already an entry's. */
export type CreateAsResult = CreateResult | { ok: false; reason: 'taken' };

/** How a new entry is made: named apart from its SOP, dated as the file it came from was. */
export interface CreateOptions {
  label?: string | null;
  modified?: string | null;
}
export type LoadResult =
  | { ok: true; record: DocRecord }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt'; quarantined: QuarantinedEntry };

/** A record that could not be read; kept under `movedTo` (or left in place when even that failed, or when a newer Alir wrote it). */
export interface QuarantinedEntry {
  key: string;
  movedTo: string | null;
  reason: 'notJson' | 'notRecord' | 'invalid' | 'newer';
  errors: FileError[];
}

/** A removed entry, kept so the deletion can be undone. */
export interface RemovedEntry {
  raw: string;
  entry: EntryRow;
}

/** What this tab wrote, for the other tabs to hear (libraryWatch.ts). */
export type LibraryChange =
  { kind: 'document'; id: string; stamp: RecordStamp | null } | { kind: 'index' };

export interface LibraryClock {
  now(): Date;
  newId(): string;
}

function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const systemClock: LibraryClock = { now: () => new Date(), newId: randomId };

const byOrder = (a: EntryRow, b: EntryRow) => a.order - b.order || a.id.localeCompare(b.id);
/** Rows written before the list carried number, unit and search text read as blank until the repair. */
const toEntry = (row: EntryRow): LibraryEntry => ({
  id: row.id,
  name: row.name,
  label: row.label ?? null,
  number: row.number ?? '',
  unit: row.unit ?? '',
  updatedAt: row.updatedAt,
  text: row.text ?? '',
});
const sameRow = (a: EntryRow, b: EntryRow) =>
  a.name === b.name &&
  a.updatedAt === b.updatedAt &&
  (a.label ?? null) === (b.label ?? null) &&
  a.number === b.number &&
  a.unit === b.unit &&
  a.text === b.text;

/**
 * The SOPs kept in this browser. Every write is one transaction of the backend that
 * compares the stored stamp with the one the work is based on, so two tabs saving
 * the same document at the same instant get one success and one conflict, never two
 * successes. Reads always go to the backend (never a cache): another tab may have written.
 */
export class Library {
  /** Records that failed to read and could not be moved aside (or a newer Alir wrote): never listed. */
  private readonly unreadable = new Set<string>();
  private versionCount = 0;

  constructor(
    private readonly backend: LibraryBackend,
    private readonly clock: LibraryClock = systemClock,
    private readonly announce: (change: LibraryChange) => void = () => {},
  ) {}

  /** Checks every record at start-up: unreadable ones are moved aside, and the list is repaired. */
  async scan(
    /** Called between records: a check after start lets the page answer meanwhile. */
    pause: () => Promise<void> = () => Promise.resolve(),
  ): Promise<{ entries: LibraryEntry[]; quarantined: QuarantinedEntry[] }> {
    const quarantined: QuarantinedEntry[] = [];
    const rows = new Map((await this.backend.entries()).map((r) => [r.id, r]));
    const found: EntryRow[] = [];
    for (const id of await this.backend.recordIds()) {
      await pause();
      if (this.unreadable.has(id)) continue;
      const raw = await this.backend.record(id);
      if (raw === null) continue;
      const read = readRecord(raw);
      if (!read.ok) {
        quarantined.push(await this.setAside(id, raw, read));
        continue;
      }
      const row = rows.get(id);
      const entry: EntryRow = {
        ...entryOf(id, read.record),
        order: row?.order ?? this.clock.now().getTime(),
      };
      found.push(entry);
      if (!row || !sameRow(row, entry))
        await this.quietly(
          // Only over the record it was made from: the check now runs after start, beside saves.
          this.backend.change(id, (current) => ({
            change: current === raw ? { row: entry } : null,
            result: null,
          })),
        );
    }
    // Entries whose record is gone (a write cut short) are dropped, unless it came back meanwhile.
    const kept = new Set(found.map((e) => e.id));
    for (const id of rows.keys())
      if (!kept.has(id))
        await this.quietly(
          this.backend.change(id, (current) => ({
            change: current === null ? { dropRow: true } : null,
            result: null,
          })),
        );
    return { entries: found.sort(byOrder).map(toEntry), quarantined };
  }

  /**
   * The list to start with, fast: the rows as stored, when there is one for every record (rows
   * are written with their records, in one transaction). Reading and checking every record
   * (scan) costs about 2 ms a 100-step SOP; a library of 1,000 would hold the first screen for
   * seconds, so the scan runs after it. Null when rows and records disagree: scan first then.
   */
  async quickEntries(): Promise<LibraryEntry[] | null> {
    const [rows, ids] = await Promise.all([this.backend.entries(), this.backend.recordIds()]);
    if (rows.length !== ids.length) return null;
    const known = new Set(ids);
    if (!rows.every((r) => known.has(r.id))) return null;
    return rows.sort(byOrder).map(toEntry);
  }

  /** The current list, as the backend (possibly written by another tab) has it. */
  async entries(): Promise<LibraryEntry[]> {
    const rows = await this.backend.entries();
    return rows
      .filter((e) => !this.unreadable.has(e.id))
      .sort(byOrder)
      .map(toEntry);
  }

  /** Reads one document; a record that no longer reads is moved aside and reported. */
  async load(id: string): Promise<LoadResult> {
    const raw = await this.backend.record(id);
    if (raw === null || this.unreadable.has(id)) return { ok: false, reason: 'missing' };
    const read = readRecord(raw);
    if (read.ok) return read;
    return { ok: false, reason: 'corrupt', quarantined: await this.setAside(id, raw, read) };
  }

  /** Adds a document as a new entry under a fresh id. */
  async create(doc: SopDocument, options: CreateOptions = {}): Promise<CreateResult> {
    const created = await this.createAs(this.clock.newId(), doc, options);
    return created.ok || created.reason !== 'taken' ? created : { ok: false, reason: 'failed' };
  }

  /** Adds a document as a new entry under `id` (an opened file's), unless an entry has it. */
  async createAs(
    id: string,
    doc: SopDocument,
    options: CreateOptions = {},
  ): Promise<CreateAsResult> {
    const errors = checkStorable(doc);
    if (errors.length > 0) return { ok: false, reason: 'invalid', errors };
    const record = this.newRecord(doc, 1, options.modified ?? null, options.label ?? null);
    const entry: EntryRow = { ...entryOf(id, record), order: this.clock.now().getTime() };
    let taken = false;
    const failure = await this.attempt(() =>
      this.backend.change(id, (current) => {
        if (current !== null) {
          taken = true;
          return { change: null, result: null };
        }
        return { change: { put: { raw: writeRecord(id, record), entry } }, result: null };
      }),
    );
    if (failure) return { ok: false, reason: failure };
    if (taken) return { ok: false, reason: 'taken' };
    this.announce({ kind: 'document', id, stamp: record });
    return { ok: true, id, record };
  }

  /**
   * Puts `doc` in place of entry `id` whatever was stored (an opened file chosen over the
   * library's copy): the entry keeps its place and its own name; `modified` is the file's.
   */
  async replace(
    id: string,
    doc: SopDocument,
    modified: string | null,
  ): Promise<{ ok: true; record: DocRecord } | ({ ok: false } & StoreFailure)> {
    const errors = checkStorable(doc);
    if (errors.length > 0) return { ok: false, reason: 'invalid', errors };
    let record: DocRecord | null = null;
    const failure = await this.attempt(() =>
      this.backend.change(id, (current, row) => {
        const stored = current === null ? null : readRecord(current);
        const revision = (peekStamp(current)?.revision ?? 0) + 1;
        const label = stored?.ok ? stored.record.label : (row?.label ?? null);
        record = this.newRecord(doc, revision, modified, label);
        const entry = { ...entryOf(id, record), order: row?.order ?? this.clock.now().getTime() };
        return { change: { put: { raw: writeRecord(id, record), entry } }, result: null };
      }),
    );
    if (failure || record === null) return { ok: false, reason: failure ?? 'failed' };
    const written: DocRecord = record;
    this.announce({ kind: 'document', id, stamp: written });
    return { ok: true, record: written };
  }

  /** Names an entry apart from its SOP (null: call it by the SOP's name again). */
  async setLabel(id: string, label: string | null): Promise<SaveResult> {
    const loaded = await this.load(id);
    if (!loaded.ok) return { ok: false, reason: 'missing' };
    const clean = label === null || label.trim() === '' ? null : label;
    return this.save(id, loaded.record.doc, loaded.record, clean);
  }

  /**
   * Saves `doc` over entry `id` if the stored record is still the write `base` names.
   * A conflict writes nothing: the other tab's version stays as it is.
   */
  async save(
    id: string,
    doc: SopDocument,
    base: RecordStamp,
    label?: string | null,
  ): Promise<SaveResult> {
    const errors = checkStorable(doc);
    if (errors.length > 0) return { ok: false, reason: 'invalid', errors };
    let outcome: 'saved' | 'conflict' | 'missing' = 'saved';
    let written: DocRecord | null = null;
    const failure = await this.attempt(() =>
      this.backend.change(id, (current, row) => {
        if (current === null) outcome = 'missing';
        else if (!sameStamp(peekStamp(current), base)) outcome = 'conflict';
        else {
          // The entry keeps its own name unless this save sets another.
          const kept = label === undefined ? (row?.label ?? storedLabel(current)) : label;
          const record = this.newRecord(doc, base.revision + 1, null, kept);
          const entry = { ...entryOf(id, record), order: row?.order ?? this.clock.now().getTime() };
          written = record;
          return { change: { put: { raw: writeRecord(id, record), entry } }, result: null };
        }
        return { change: null, result: null };
      }),
    );
    if (failure) return { ok: false, reason: failure };
    if (outcome !== 'saved' || written === null)
      return { ok: false, reason: outcome === 'saved' ? 'failed' : outcome };
    const record: DocRecord = written;
    this.announce({ kind: 'document', id, stamp: record });
    return {
      ok: true,
      stamp: { revision: record.revision, token: record.token },
      savedAt: record.savedAt,
    };
  }

  /** Renames a stored document (its identity's name, which is the SOP's name). */
  async rename(id: string, name: string): Promise<SaveResult> {
    const loaded = await this.load(id);
    if (!loaded.ok) return { ok: false, reason: 'missing' };
    const { doc } = loaded.record;
    return this.save(id, renameSop(doc, name), loaded.record);
  }

  /** Copies a stored document into a new entry called `label`; the SOP itself is unchanged. */
  async duplicate(
    id: string,
    label: string,
  ): Promise<CreateResult | { ok: false; reason: 'missing' }> {
    const loaded = await this.load(id);
    if (!loaded.ok) return { ok: false, reason: 'missing' };
    return this.create(loaded.record.doc, { label });
  }

  /** Removes an entry and hands back its stored text, so the deletion can be undone. */
  async remove(id: string): Promise<RemovedEntry | null> {
    let removed: RemovedEntry | null = null;
    const failure = await this.attempt(() =>
      this.backend.change(id, (current, row) => {
        if (current === null) return { change: null, result: null };
        removed = {
          raw: current,
          entry: row ?? { id, name: '', updatedAt: '', order: this.clock.now().getTime() },
        };
        return { change: { remove: true }, result: null };
      }),
    );
    if (failure || removed === null) return null;
    this.announce({ kind: 'document', id, stamp: null });
    return removed;
  }

  /** Puts back an entry removed by `remove` (unless something has taken its place since). */
  async restore(removed: RemovedEntry): Promise<'ok' | 'quota' | 'failed'> {
    const { id } = removed.entry;
    const failure = await this.attempt(() =>
      this.backend.change(id, (current) =>
        current === null
          ? { change: { put: { raw: removed.raw, entry: removed.entry } }, result: null }
          : { change: null, result: null },
      ),
    );
    if (failure) return failure;
    this.announce({ kind: 'document', id, stamp: peekStamp(removed.raw) });
    return 'ok';
  }

  /** The office profile kept with the library (null: none set, or one that no longer reads). */
  async profile(): Promise<OfficeProfile | null> {
    try {
      const raw = await this.backend.getMeta(PROFILE_KEY);
      if (typeof raw !== 'string') return null;
      // The profile's reader comes with it: a library without one never loads it.
      const { parseProfileFile } = await import('./profileFile');
      const read = parseProfileFile(raw);
      return read.ok ? read.profile : null;
    } catch {
      return null;
    }
  }

  /** Keeps the office profile (null removes it); stored as its file text, checked as a file is. */
  async saveProfile(profile: OfficeProfile | null): Promise<'ok' | 'quota' | 'failed'> {
    const { writeProfileFile } = await import('./profileFile');
    const failure = await this.attempt(() =>
      this.backend.putMeta(PROFILE_KEY, profile === null ? null : writeProfileFile(profile)),
    );
    if (failure) return failure;
    this.announce({ kind: 'index' });
    return 'ok';
  }

  /** Keeps `doc` as a version of entry `id`, with a note; 'ok' or why storage refused. */
  async saveVersion(
    id: string,
    doc: SopDocument,
    note: string,
    kind: VersionRow['kind'],
  ): Promise<'ok' | 'quota' | 'failed' | 'invalid'> {
    if (checkStorable(doc).length > 0) return 'invalid';
    const savedAt = this.clock.now().toISOString();
    const row: VersionRow = {
      // Ordered by time, then by this tab's count (two in one millisecond), then made unique.
      key: `${id}:${savedAt}:${String(this.versionCount++).padStart(6, '0')}:${randomId().slice(0, 8)}`,
      docId: id,
      savedAt,
      note,
      kind,
      raw: JSON.stringify(toEnvelope(doc, { id, modified: savedAt })),
    };
    return (await this.attempt(() => this.backend.putVersion(row))) ?? 'ok';
  }

  /** The readable versions of entry `id`, newest first (one that no longer reads is left out). */
  async versions(id: string): Promise<SavedVersion[]> {
    const rows = await this.backend.versions(id);
    return rows
      .map(readVersion)
      .filter((v): v is SavedVersion => v !== null)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.key.localeCompare(a.key));
  }

  /** Every stored version as stored, for a backup. */
  allVersionRows(): Promise<VersionRow[]> {
    return this.backend.allVersions();
  }

  /** Puts versions from a backup in (those already here, by key, are left as they are). */
  async addVersionRows(rows: readonly VersionRow[]): Promise<void> {
    const here = new Set((await this.backend.allVersions()).map((v) => v.key));
    for (const row of rows) if (!here.has(row.key)) await this.backend.putVersion(row);
  }

  /** Every readable document with who it is, in list order, for a library backup. */
  async allDocuments(): Promise<(FiledDocument & { label: string | null })[]> {
    const docs: (FiledDocument & { label: string | null })[] = [];
    for (const entry of await this.entries()) {
      const loaded = await this.load(entry.id);
      if (loaded.ok) docs.push({ ...filed(entry.id, loaded.record), label: loaded.record.label });
    }
    return docs;
  }

  private newRecord(
    doc: SopDocument,
    revision: number,
    modified: string | null,
    label: string | null,
  ): DocRecord {
    const savedAt = this.clock.now().toISOString();
    return { revision, token: randomId(), savedAt, modified: modified ?? savedAt, label, doc };
  }

  private async setAside(
    id: string,
    raw: string,
    read: Exclude<ReturnType<typeof readRecord>, { ok: true }>,
  ): Promise<QuarantinedEntry> {
    const key = docKey(id);
    const errors = read.reason === 'invalid' ? read.errors : [];
    // A newer Alir (another tab, after an update) can read it: leave it where it is.
    if (errors.some((e) => e.code === 'newerVersion')) {
      this.unreadable.add(id);
      return { key, movedTo: null, reason: 'newer', errors };
    }
    const movedTo = `${QUARANTINE_KEY_PREFIX}${this.clock.now().toISOString()}:${key}`;
    try {
      await this.backend.quarantine(id, movedTo, raw);
      this.announce({ kind: 'index' });
      return { key, movedTo, reason: read.reason, errors };
    } catch {
      this.unreadable.add(id);
      return { key, movedTo: null, reason: read.reason, errors };
    }
  }

  /** Runs a write; a failure becomes its reason (`quota` for a full storage). */
  private async attempt(write: () => Promise<unknown>): Promise<'quota' | 'failed' | null> {
    try {
      await write();
      return null;
    } catch (error) {
      return isQuotaError(error) ? 'quota' : 'failed';
    }
  }

  /** A repair of the list that may fail: the list is rebuilt at every start, so nothing is lost. */
  private async quietly(write: Promise<unknown>): Promise<void> {
    try {
      await write;
    } catch {
      // Rebuilt again at the next start.
    }
  }
}

function entryOf(id: string, record: DocRecord): Omit<EntryRow, 'order'> {
  const { identity } = record.doc;
  return {
    id,
    name: identity.name,
    label: record.label,
    number: identity.number,
    unit: identity.unit,
    updatedAt: record.modified,
    text: searchTextOf(record.doc, record.label),
  };
}

/** A stored document as a file carries it: the entry's id, the record's time of change. */
export function filed(id: string, record: DocRecord): FiledDocument {
  const meta: DocumentMeta = { id, modified: record.modified };
  return { meta, doc: record.doc };
}

/** The entry name kept in a stored record, read without validating its document. */
function storedLabel(raw: string): string | null {
  try {
    const v = JSON.parse(raw) as { label?: unknown };
    return typeof v.label === 'string' && v.label.trim() !== '' ? v.label : null;
  } catch {
    return null;
  }
}
