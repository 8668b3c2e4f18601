/**
 * Where the library's records live: IndexedDB in the browser (idbBackend.ts), or
 * memory when the browser gives no storage and in unit tests. The library never
 * reads-then-writes across two calls: every write goes through `change`, which
 * reads the stored record and writes the answer in one transaction that no other
 * tab can interleave with, so two tabs saving at the same instant cannot both win.
 */

/** One document as the library lists it, kept beside its record and written with it. */
export interface EntryRow {
  id: string;
  name: string;
  /** ISO time of the last change. */
  updatedAt: string;
  /** The entry's own name, number, unit and search text (libraryRecords.ts LibraryEntry); absent in rows of older versions. */
  label?: string | null;
  number?: string;
  unit?: string;
  text?: string;
  /** List position: creation time in ms for new entries, the old index's position for migrated ones. */
  order: number;
}

/**
 * What one transaction does to one document: store a record with its entry, remove both,
 * write or drop only the entry (the start-up repair of the list), or nothing.
 */
export type RecordChange =
  | { put: { raw: string; entry: EntryRow } }
  | { remove: true }
  | { row: EntryRow }
  | { dropRow: true }
  | null;

/** One saved version of a document (Riwayat versi): its envelope as JSON text, with when and why. */
export interface VersionRow {
  /** Unique: the document id, the time and a random part. */
  key: string;
  docId: string;
  savedAt: string;
  note: string;
  /** `export`: kept by an export; `manual`: saved on request. */
  kind: 'export' | 'manual';
  raw: string;
}

/** A record set aside because it could not be read. */
export interface QuarantineRow {
  key: string;
  raw: string;
}

export interface LibraryBackend {
  entries(): Promise<EntryRow[]>;
  record(id: string): Promise<string | null>;
  recordIds(): Promise<string[]>;
  /**
   * Reads the record of `id` and applies what `decide` answers, atomically.
   * `decide` must be synchronous: an IndexedDB transaction ends when it waits on anything else.
   */
  change<T>(
    id: string,
    decide: (current: string | null, row: EntryRow | null) => { change: RecordChange; result: T },
  ): Promise<T>;
  /** Moves a record aside under `key` (copy and delete in one transaction: nothing is lost). */
  quarantine(id: string, key: string, raw: string): Promise<void>;
  quarantined(): Promise<QuarantineRow[]>;
  /** A small value the library keeps about itself (the migration mark). */
  getMeta(key: string): Promise<unknown>;
  /** Keeps a small value about the library (the office profile), replacing what was there. */
  putMeta(key: string, value: unknown): Promise<void>;
  /** The saved versions of one document, in no particular order. */
  versions(docId: string): Promise<VersionRow[]>;
  /** Stores a version (one with the same key is replaced). */
  putVersion(row: VersionRow): Promise<void>;
  /** Every stored version, for a backup. */
  allVersions(): Promise<VersionRow[]>;
  /**
   * Stores many records and entries at once, and sets `mark` in the same transaction,
   * unless `mark` is already set (then nothing is written and the answer is false).
   */
  importOnce(
    mark: string,
    records: { raw: string; entry: EntryRow }[],
    quarantine: QuarantineRow[],
  ): Promise<boolean>;
}

/** Records in memory, with the same all-or-nothing writes; `failWrites` simulates a full or broken storage. */
export class MemoryBackend implements LibraryBackend {
  private readonly records = new Map<string, string>();
  private readonly rows = new Map<string, EntryRow>();
  private readonly aside = new Map<string, string>();
  private readonly meta = new Map<string, unknown>();
  private readonly saved = new Map<string, VersionRow>();
  /** When set, every write throws this error (a quota error, say) and changes nothing. */
  failWrites: Error | null = null;

  async entries(): Promise<EntryRow[]> {
    return [...this.rows.values()].map((r) => ({ ...r }));
  }
  async record(id: string): Promise<string | null> {
    return this.records.get(id) ?? null;
  }
  async recordIds(): Promise<string[]> {
    return [...this.records.keys()];
  }
  async change<T>(
    id: string,
    decide: (current: string | null, row: EntryRow | null) => { change: RecordChange; result: T },
  ): Promise<T> {
    const row = this.rows.get(id);
    const { change, result } = decide(this.records.get(id) ?? null, row ? { ...row } : null);
    if (change === null) return result;
    this.checkWritable();
    if ('put' in change) {
      this.records.set(id, change.put.raw);
      this.rows.set(id, { ...change.put.entry });
    } else if ('row' in change) this.rows.set(id, { ...change.row });
    else if ('dropRow' in change) this.rows.delete(id);
    else {
      this.records.delete(id);
      this.rows.delete(id);
    }
    return result;
  }
  async quarantine(id: string, key: string, raw: string): Promise<void> {
    this.checkWritable();
    this.aside.set(key, raw);
    this.records.delete(id);
    this.rows.delete(id);
  }
  async quarantined(): Promise<QuarantineRow[]> {
    return [...this.aside].map(([key, raw]) => ({ key, raw }));
  }
  async getMeta(key: string): Promise<unknown> {
    return this.meta.get(key);
  }

  async putMeta(key: string, value: unknown): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.meta.set(key, structuredClone(value));
  }

  async versions(docId: string): Promise<VersionRow[]> {
    return [...this.saved.values()].filter((v) => v.docId === docId).map((v) => ({ ...v }));
  }

  async putVersion(row: VersionRow): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.saved.set(row.key, { ...row });
  }

  async allVersions(): Promise<VersionRow[]> {
    return [...this.saved.values()].map((v) => ({ ...v }));
  }
  async importOnce(
    mark: string,
    records: { raw: string; entry: EntryRow }[],
    quarantine: QuarantineRow[],
  ): Promise<boolean> {
    if (this.meta.has(mark)) return false;
    this.checkWritable();
    for (const { raw, entry } of records) {
      if (this.records.has(entry.id)) continue;
      this.records.set(entry.id, raw);
      this.rows.set(entry.id, { ...entry });
    }
    for (const row of quarantine) this.aside.set(row.key, row.raw);
    this.meta.set(mark, true);
    return true;
  }

  private checkWritable(): void {
    if (this.failWrites) throw this.failWrites;
  }
}

/** The error a full storage raises, as browsers name it. */
export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}
