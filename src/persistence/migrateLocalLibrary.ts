import type { EntryRow, LibraryBackend, QuarantineRow } from './libraryBackend';
import { readIndex } from './libraryRecords';
import {
  allKeys,
  idFromDocKey,
  INDEX_KEY,
  QUARANTINE_KEY_PREFIX,
  type KeyValueStorage,
} from './libraryStorage';

/** Set in the database, in the same transaction as the imported records: the move happens once. */
export const MIGRATION_MARK = 'migratedFromLocalStorage';

export interface MigrationReport {
  /** Documents moved into the database by this call. */
  moved: number;
  /** Documents an older Alir (a tab left open) wrote to localStorage after the move, taken in now. */
  late: number;
}

/**
 * Moves the library of earlier versions (one localStorage key per document, an index,
 * the quarantine) into the database. Records move as they are, byte for byte; the
 * start-up scan then reads them as it reads every record. localStorage keys are removed
 * only once the database holds them, and only when they still hold what was moved,
 * so neither a crash halfway nor a second tab starting at the same moment loses or
 * doubles an entry.
 */
export async function migrateLocalLibrary(
  backend: LibraryBackend,
  storage: KeyValueStorage,
  newId: () => string,
): Promise<MigrationReport> {
  const read = readLegacy(storage);
  if ((await backend.getMeta(MIGRATION_MARK)) === undefined) {
    const moved = await backend.importOnce(MIGRATION_MARK, read.records, read.quarantine);
    removeIfUnchanged(storage, read.keys);
    return { moved: moved ? read.records.length : 0, late: 0 };
  }
  // Already moved: what is still here was written afterwards by an older tab.
  let late = 0;
  for (const { raw, entry } of read.records) {
    const placed = await backend.change(entry.id, (current) => {
      if (current === raw) return { change: null, result: true };
      if (current !== null) return { change: null, result: false };
      return { change: { put: { raw, entry } }, result: true };
    });
    if (!placed) {
      // A different record under the same id: keep both, the late one as a new entry.
      const id = newId();
      await backend.change(id, () => ({
        change: { put: { raw, entry: { ...entry, id } } },
        result: null,
      }));
    }
    late++;
  }
  if (read.quarantine.length > 0)
    await backend.importOnce(`${MIGRATION_MARK}:${newId()}`, [], read.quarantine);
  removeIfUnchanged(storage, read.keys);
  return { moved: 0, late };
}

interface LegacyLibrary {
  records: { raw: string; entry: EntryRow }[];
  quarantine: QuarantineRow[];
  /** Every key read, with the value it had. */
  keys: Map<string, string>;
}

function readLegacy(storage: KeyValueStorage): LegacyLibrary {
  const keys = new Map<string, string>();
  const rawIndex = storage.getItem(INDEX_KEY);
  if (rawIndex !== null) keys.set(INDEX_KEY, rawIndex);
  const index = readIndex(rawIndex) ?? [];
  const position = new Map(index.map((e, i) => [e.id, i]));
  const records: LegacyLibrary['records'] = [];
  const quarantine: QuarantineRow[] = [];
  for (const key of allKeys(storage)) {
    const raw = storage.getItem(key);
    if (raw === null) continue;
    const id = idFromDocKey(key);
    if (id !== null) {
      keys.set(key, raw);
      const known = index.find((e) => e.id === id);
      records.push({
        raw,
        entry: {
          id,
          // The scan corrects name and time from the record itself.
          name: known?.name ?? '',
          updatedAt: known?.updatedAt ?? '',
          order: position.get(id) ?? index.length + records.length,
        },
      });
    } else if (key.startsWith(QUARANTINE_KEY_PREFIX)) {
      keys.set(key, raw);
      quarantine.push({ key, raw });
    }
  }
  return { records, quarantine, keys };
}

function removeIfUnchanged(storage: KeyValueStorage, keys: Map<string, string>): void {
  for (const [key, raw] of keys) {
    try {
      if (storage.getItem(key) === raw) storage.removeItem(key);
    } catch {
      // Left in place: the next start sees it again and finds it already moved.
    }
  }
}
