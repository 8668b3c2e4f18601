import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { giveLogo, markedLogo, takeLogo } from './sharedLogos';
import type {
  EntryRow,
  LibraryBackend,
  QuarantineRow,
  RecordChange,
  VersionRow,
} from './libraryBackend';

/*
 * The library in IndexedDB. A readwrite transaction over the `records` store is
 * exclusive across every tab of the origin, so the read-compare-write of a save
 * (`change`) is atomic: of two tabs saving the same base at the same instant, the
 * second one sees the first one's record and reports a conflict.
 */

export const DB_NAME = 'alir';
/** 2: the `versions` store (an SOP's saved versions, Riwayat versi). */
const DB_VERSION = 2;

interface AlirSchema extends DBSchema {
  /** One record (JSON text: revision, writer token, save time, file envelope) per document id. */
  records: { key: string; value: string };
  entries: { key: string; value: EntryRow };
  quarantine: { key: string; value: string };
  meta: { key: string; value: unknown };
  versions: { key: string; value: VersionRow; indexes: { byDoc: string } };
  /** Each different logo once (sharedLogos.ts); a record marks the one it carries. */
  logos: { key: string; value: string };
}

type Db = IDBPDatabase<AlirSchema>;

/** Opens (creating on first use) the library's database; rejects where IndexedDB is blocked. */
export async function openIdbBackend(): Promise<LibraryBackend> {
  const db: Db = await openDB<AlirSchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('records');
        database.createObjectStore('entries', { keyPath: 'id' });
        database.createObjectStore('quarantine');
        database.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        database.createObjectStore('versions', { keyPath: 'key' }).createIndex('byDoc', 'docId');
        database.createObjectStore('logos');
      }
    },
    // A newer Alir in another tab wants to upgrade the database: let it, this tab's writes then fail loudly.
    blocking() {
      db.close();
    },
  });
  return new IdbBackend(db);
}

/** A stored record with the logo its mark names put back. */
async function withItsLogo(
  stored: string,
  logos: { get(key: string): Promise<string | undefined> },
): Promise<string> {
  const key = markedLogo(stored);
  return key === null ? stored : giveLogo(stored, await logos.get(key));
}

class IdbBackend implements LibraryBackend {
  constructor(private readonly db: Db) {}

  entries(): Promise<EntryRow[]> {
    return this.db.getAll('entries');
  }
  async record(id: string): Promise<string | null> {
    const tx = this.db.transaction(['records', 'logos']);
    const stored = await tx.objectStore('records').get(id);
    const raw = stored === undefined ? null : await withItsLogo(stored, tx.objectStore('logos'));
    await tx.done;
    return raw;
  }
  recordIds(): Promise<string[]> {
    return this.db.getAllKeys('records');
  }

  async change<T>(
    id: string,
    decide: (current: string | null, row: EntryRow | null) => { change: RecordChange; result: T },
  ): Promise<T> {
    const tx = this.db.transaction(['records', 'entries', 'logos'], 'readwrite');
    const records = tx.objectStore('records');
    const entries = tx.objectStore('entries');
    const logos = tx.objectStore('logos');
    const [stored, row] = await Promise.all([records.get(id), entries.get(id)]);
    const current = stored === undefined ? null : await withItsLogo(stored, logos);
    const { change, result } = decide(current, row ?? null);
    const writes: Promise<unknown>[] = [];
    if (change === null) {
      // Nothing to write: the transaction ends on its own.
    } else if ('put' in change) {
      // The logo goes to its own store once; the record keeps a mark (unless another logo has its name).
      const { raw, logo } = takeLogo(change.put.raw);
      const kept = logo === null ? undefined : await logos.get(logo.key);
      const shared = logo !== null && (kept === undefined || kept === logo.dataUrl);
      if (shared && kept === undefined) writes.push(logos.put(logo.dataUrl, logo.key));
      writes.push(records.put(shared ? raw : change.put.raw, id), entries.put(change.put.entry));
    } else if ('row' in change) writes.push(entries.put(change.row));
    else if ('dropRow' in change) writes.push(entries.delete(id));
    else writes.push(records.delete(id), entries.delete(id));
    await Promise.all([...writes, tx.done]);
    return result;
  }

  async quarantine(id: string, key: string, raw: string): Promise<void> {
    const tx = this.db.transaction(['records', 'entries', 'quarantine'], 'readwrite');
    await Promise.all([
      tx.objectStore('quarantine').put(raw, key),
      tx.objectStore('records').delete(id),
      tx.objectStore('entries').delete(id),
      tx.done,
    ]);
  }

  async quarantined(): Promise<QuarantineRow[]> {
    const tx = this.db.transaction('quarantine');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return keys.map((key, i) => ({ key, raw: values[i] ?? '' }));
  }

  getMeta(key: string): Promise<unknown> {
    return this.db.get('meta', key);
  }

  async putMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', value, key);
  }

  versions(docId: string): Promise<VersionRow[]> {
    return this.db.getAllFromIndex('versions', 'byDoc', docId);
  }

  async putVersion(row: VersionRow): Promise<void> {
    await this.db.put('versions', row);
  }

  allVersions(): Promise<VersionRow[]> {
    return this.db.getAll('versions');
  }

  async importOnce(
    mark: string,
    records: { raw: string; entry: EntryRow }[],
    quarantine: QuarantineRow[],
  ): Promise<boolean> {
    const tx = this.db.transaction(['records', 'entries', 'quarantine', 'meta'], 'readwrite');
    if ((await tx.objectStore('meta').get(mark)) !== undefined) {
      await tx.done;
      return false;
    }
    const present = new Set(await tx.objectStore('records').getAllKeys());
    const writes: Promise<unknown>[] = [];
    for (const { raw, entry } of records) {
      // An id already here came from an earlier, interrupted import: never a second copy.
      if (present.has(entry.id)) continue;
      writes.push(tx.objectStore('records').put(raw, entry.id));
      writes.push(tx.objectStore('entries').put(entry));
    }
    for (const row of quarantine) writes.push(tx.objectStore('quarantine').put(row.raw, row.key));
    writes.push(tx.objectStore('meta').put(true, mark));
    await Promise.all([...writes, tx.done]);
    return true;
  }
}
