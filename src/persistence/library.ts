import type { FileError } from '../model/fileErrors';
import type { SopDocument } from '../model/types';
import {
  readIndex,
  readRecord,
  peekRevision,
  writeIndex,
  writeRecord,
  type DocRecord,
  type LibraryEntry,
} from './libraryRecords';
import {
  allKeys,
  docKey,
  idFromDocKey,
  INDEX_KEY,
  isQuotaError,
  QUARANTINE_KEY_PREFIX,
  type KeyValueStorage,
} from './libraryStorage';

export type { DocRecord, LibraryEntry } from './libraryRecords';

/** Why a write did not happen. `conflict`: another tab saved this document since we read it. */
export type WriteFailure = 'quota' | 'failed' | 'conflict' | 'missing';
export type SaveResult =
  { ok: true; revision: number; savedAt: string } | { ok: false; reason: WriteFailure };
export type CreateResult =
  { ok: true; id: string; record: DocRecord } | { ok: false; reason: 'quota' | 'failed' };

/** A storage entry that could not be read; kept under `movedTo` (or left in place when even that failed). */
export interface QuarantinedEntry {
  key: string;
  movedTo: string | null;
  reason: 'notJson' | 'notRecord' | 'invalid' | 'index';
  errors: FileError[];
}

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

/**
 * The SOPs kept in this browser: an index key listing them and one key per document.
 * Every read of another tab's work goes through storage again, never a cache, so
 * two tabs cannot overwrite each other without noticing (revision check on save).
 */
export class Library {
  /** Keys that failed to read and could not be moved aside: never listed, never touched. */
  private readonly unreadable = new Set<string>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly clock: LibraryClock = systemClock,
  ) {}

  /**
   * Checks every document at start-up: unreadable ones are moved aside (never deleted),
   * and the index is rebuilt from what is really there.
   */
  scan(): { entries: LibraryEntry[]; quarantined: QuarantinedEntry[] } {
    const quarantined: QuarantinedEntry[] = [];
    const rawIndex = this.storage.getItem(INDEX_KEY);
    let indexed = readIndex(rawIndex);
    if (rawIndex !== null && indexed === null) {
      quarantined.push(this.quarantine(INDEX_KEY, rawIndex, 'index', []));
      indexed = [];
    }
    const position = new Map((indexed ?? []).map((e, i) => [e.id, i]));
    const found: LibraryEntry[] = [];
    for (const key of allKeys(this.storage)) {
      const id = idFromDocKey(key);
      if (id === null || this.unreadable.has(key)) continue;
      const raw = this.storage.getItem(key);
      if (raw === null) continue;
      const read = readRecord(raw);
      if (!read.ok) {
        quarantined.push(
          this.quarantine(key, raw, read.reason, read.reason === 'invalid' ? read.errors : []),
        );
        continue;
      }
      found.push({ id, name: read.record.doc.identity.name, updatedAt: read.record.savedAt });
    }
    // Keep the index's order for documents it knew; newcomers (recovered keys) go last.
    const rank = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
    found.sort((a, b) => rank(a.id) - rank(b.id));
    this.writeIndexQuietly(found);
    return { entries: found, quarantined };
  }

  /** The current list, as the index (possibly written by another tab) has it. */
  entries(): LibraryEntry[] {
    return (readIndex(this.storage.getItem(INDEX_KEY)) ?? []).filter(
      (e) => !this.unreadable.has(docKey(e.id)),
    );
  }

  /** Reads one document; an entry that no longer reads is moved aside and reported. */
  load(
    id: string,
  ):
    | { ok: true; record: DocRecord }
    | { ok: false; reason: 'missing' }
    | { ok: false; reason: 'corrupt'; quarantined: QuarantinedEntry } {
    const key = docKey(id);
    const raw = this.storage.getItem(key);
    if (raw === null || this.unreadable.has(key)) return { ok: false, reason: 'missing' };
    const read = readRecord(raw);
    if (read.ok) return read;
    const quarantined = this.quarantine(
      key,
      raw,
      read.reason,
      read.reason === 'invalid' ? read.errors : [],
    );
    this.updateIndex((entries) => entries.filter((e) => e.id !== id));
    return { ok: false, reason: 'corrupt', quarantined };
  }

  /** The revision currently stored for `id`, or null when there is none. */
  storedRevision(id: string): number | null {
    return peekRevision(this.storage.getItem(docKey(id)));
  }

  /** Adds a document as a new entry. */
  create(doc: SopDocument): CreateResult {
    const id = this.clock.newId();
    const record: DocRecord = { revision: 1, savedAt: this.clock.now().toISOString(), doc };
    const failure = this.write(docKey(id), writeRecord(record));
    if (failure) return { ok: false, reason: failure };
    this.updateIndex((entries) => [...entries.filter((e) => e.id !== id), entryOf(id, record)]);
    return { ok: true, id, record };
  }

  /**
   * Saves `doc` over entry `id` if nobody else saved it since `baseRevision`.
   * A conflict writes nothing: the other tab's version stays as it is.
   */
  save(id: string, doc: SopDocument, baseRevision: number): SaveResult {
    const key = docKey(id);
    const stored = this.storage.getItem(key);
    if (stored === null) return { ok: false, reason: 'missing' };
    if (peekRevision(stored) !== baseRevision) return { ok: false, reason: 'conflict' };
    const record: DocRecord = {
      revision: baseRevision + 1,
      savedAt: this.clock.now().toISOString(),
      doc,
    };
    const failure = this.write(key, writeRecord(record));
    if (failure) return { ok: false, reason: failure };
    this.updateIndex((entries) => upsert(entries, entryOf(id, record)));
    return { ok: true, revision: record.revision, savedAt: record.savedAt };
  }

  /** Renames a stored document (its identity's name, which is the SOP's name). */
  rename(id: string, name: string): SaveResult {
    const loaded = this.load(id);
    if (!loaded.ok) return { ok: false, reason: 'missing' };
    const { doc, revision } = loaded.record;
    return this.save(id, { ...doc, identity: { ...doc.identity, name } }, revision);
  }

  /** Copies a stored document into a new entry named `name`. */
  duplicate(id: string, name: string): CreateResult | { ok: false; reason: 'missing' } {
    const loaded = this.load(id);
    if (!loaded.ok) return { ok: false, reason: 'missing' };
    const { doc } = loaded.record;
    return this.create({ ...doc, identity: { ...doc.identity, name } });
  }

  /** Removes an entry and hands back its stored text, so the deletion can be undone. */
  remove(id: string): { raw: string; entry: LibraryEntry } | null {
    const key = docKey(id);
    const raw = this.storage.getItem(key);
    if (raw === null) return null;
    const entry = this.entries().find((e) => e.id === id) ?? { id, name: '', updatedAt: '' };
    this.storage.removeItem(key);
    this.updateIndex((entries) => entries.filter((e) => e.id !== id));
    return { raw, entry };
  }

  /** Puts back an entry removed by `remove`. */
  restore(removed: { raw: string; entry: LibraryEntry }): 'ok' | 'quota' | 'failed' {
    const failure = this.write(docKey(removed.entry.id), removed.raw);
    if (failure) return failure;
    this.updateIndex((entries) => upsert(entries, removed.entry));
    return 'ok';
  }

  /** Every readable document with its id, in list order, for a library backup. */
  allDocuments(): { id: string; doc: SopDocument }[] {
    const docs: { id: string; doc: SopDocument }[] = [];
    for (const entry of this.entries()) {
      const loaded = this.load(entry.id);
      if (loaded.ok) docs.push({ id: entry.id, doc: loaded.record.doc });
    }
    return docs;
  }

  private quarantine(
    key: string,
    raw: string,
    reason: QuarantinedEntry['reason'],
    errors: FileError[],
  ): QuarantinedEntry {
    const movedTo = `${QUARANTINE_KEY_PREFIX}${this.clock.now().toISOString()}:${key}`;
    // Copy first, remove second: if the copy fails the original stays where it was.
    if (this.write(movedTo, raw) === null) {
      this.storage.removeItem(key);
      return { key, movedTo, reason, errors };
    }
    this.unreadable.add(key);
    return { key, movedTo: null, reason, errors };
  }

  private updateIndex(change: (entries: LibraryEntry[]) => LibraryEntry[]): void {
    // Read again right before writing: another tab may have added or removed entries.
    this.writeIndexQuietly(change(readIndex(this.storage.getItem(INDEX_KEY)) ?? []));
  }

  private writeIndexQuietly(entries: LibraryEntry[]): void {
    // The index is rebuilt from the document keys at every start, so a failed write loses nothing.
    this.write(INDEX_KEY, writeIndex(entries));
  }

  private write(key: string, value: string): 'quota' | 'failed' | null {
    try {
      this.storage.setItem(key, value);
      return null;
    } catch (error) {
      return isQuotaError(error) ? 'quota' : 'failed';
    }
  }
}

function entryOf(id: string, record: DocRecord): LibraryEntry {
  return { id, name: record.doc.identity.name, updatedAt: record.savedAt };
}

function upsert(entries: LibraryEntry[], entry: LibraryEntry): LibraryEntry[] {
  const at = entries.findIndex((e) => e.id === entry.id);
  if (at < 0) return [...entries, entry];
  return entries.map((e, i) => (i === at ? entry : e));
}
