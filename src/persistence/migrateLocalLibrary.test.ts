import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIdbBackend } from './idbBackend';
import { Library } from './library';
import { MemoryStorage } from './libraryStorage';
import { migrateLocalLibrary } from './migrateLocalLibrary';

/*
 * tests/fixtures/legacy-library.json is a localStorage library written by the
 * localStorage Library this replaces: four SOPs (saved, renamed, duplicated, one
 * deleted), the index, settings, a corrupt record and an earlier quarantined one.
 */
const legacy = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/legacy-library.json'), 'utf8'),
) as Record<string, string>;

function legacyStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(legacy)) storage.setItem(key, value);
  return storage;
}

let ids = 0;
const newId = () => `new-${++ids}`;
const clock = { now: () => new Date('2026-12-02T10:00:00Z'), newId };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('moving the localStorage library into IndexedDB', () => {
  it('moves every entry once, in the old order, with its text unchanged; the corrupt one is set aside', async () => {
    const storage = legacyStorage();
    const backend = await openIdbBackend();
    expect(await migrateLocalLibrary(backend, storage, newId)).toEqual({ moved: 5, late: 0 });
    const library = new Library(backend, clock);
    const { entries, quarantined } = await library.scan();
    expect(entries.map((e) => [e.id, e.name])).toEqual([
      ['legacy-1', 'Contoh SOP (revisi 3)'],
      ['legacy-2', 'Penjualan BMN'],
      ['legacy-3', 'Pengelolaan Surat Dinas Keluar melalui PORTAL Pintar'],
      ['legacy-5', 'Salinan Contoh'],
    ]);
    expect(quarantined.map((q) => q.key)).toEqual(['alir:doc:rusak']);
    for (const entry of entries) {
      const loaded = await library.load(entry.id);
      expect(loaded.ok).toBe(true);
      // Byte for byte: the record moved as it was (its revision and save time too).
      if (loaded.ok) expect(loaded.record.savedAt).toBe(entry.updatedAt);
      expect(await backend.record(entry.id)).toBe(legacy[`alir:doc:${entry.id}`]);
    }
    const aside = (await backend.quarantined()).map((q) => q.raw).sort();
    expect(aside).toEqual(
      [legacy['alir:doc:rusak'], legacy['alir:quarantine:2026-11-01T00:00:00.000Z:alir:doc:lama']]
        .map(String)
        .sort(),
    );
    // localStorage keeps only the settings (language, last opened).
    expect(Object.keys(legacy).filter((k) => storage.getItem(k) !== null)).toEqual([
      'alir:settings',
    ]);
  });

  it('a second start, or a second tab starting at the same moment, adds nothing', async () => {
    const storage = legacyStorage();
    const [tabA, tabB] = [await openIdbBackend(), await openIdbBackend()];
    // Both read localStorage before either has written anything.
    const [a, b] = await Promise.all([
      migrateLocalLibrary(tabA, storage, newId),
      migrateLocalLibrary(tabB, legacyStorage(), newId),
    ]);
    expect(a.moved + b.moved).toBe(5);
    expect(await migrateLocalLibrary(tabA, storage, newId)).toEqual({ moved: 0, late: 0 });
    const { entries } = await new Library(tabA, clock).scan();
    expect(entries).toHaveLength(4);
  });

  it('takes in what an older tab wrote to localStorage after the move, never over newer work', async () => {
    const storage = legacyStorage();
    const backend = await openIdbBackend();
    await migrateLocalLibrary(backend, storage, newId);
    const library = new Library(backend, clock);
    await library.scan();
    // An old tab, still open, saves legacy-2 again and creates legacy-9.
    const old2 = legacy['alir:doc:legacy-2']!.replace('"revision":1', '"revision":2');
    storage.setItem('alir:doc:legacy-2', old2);
    storage.setItem('alir:doc:legacy-9', legacy['alir:doc:legacy-5']!);
    expect(await migrateLocalLibrary(backend, storage, newId)).toEqual({ moved: 0, late: 2 });
    const { entries } = await library.scan();
    // legacy-2 kept as it was in the database, the old tab's save beside it as a new entry.
    expect(entries.map((e) => e.name).filter((n) => n === 'Penjualan BMN')).toHaveLength(2);
    expect(entries.map((e) => e.id)).toContain('legacy-9');
    expect(storage.getItem('alir:doc:legacy-2')).toBeNull();
  });
});
