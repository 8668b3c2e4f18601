import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { newDocument } from '../model/defaults';
import { LIMITS } from '../model/limits';
import type { SopDocument } from '../model/types';
import { openIdbBackend } from './idbBackend';
import { entryTitle } from '../model/librarySearch';
import { Library } from './library';
import { MemoryBackend, quotaError, type LibraryBackend } from './libraryBackend';
import { writeRecord } from './libraryRecords';
import { docKey, QUARANTINE_KEY_PREFIX } from './libraryStorage';

let counter = 0;
const clock = { now: () => new Date('2025-06-02T10:42:00Z'), newId: () => `id${++counter}` };

beforeEach(() => {
  // Every test starts with an empty browser: a fresh IndexedDB factory.
  globalThis.indexedDB = new IDBFactory();
});

/** Writes a record straight into the backend, as a crash, an old version or a bug might have. */
async function plant(backend: LibraryBackend, id: string, raw: string): Promise<void> {
  await backend.change(id, () => ({
    change: { put: { raw, entry: { id, name: '?', updatedAt: '', order: 0 } } },
    result: null,
  }));
}

const backends: [string, () => Promise<LibraryBackend>][] = [
  ['memory', () => Promise.resolve(new MemoryBackend())],
  ['IndexedDB', () => openIdbBackend()],
];

describe.each(backends)('Library over %s', (_, open) => {
  it('keeps created documents across a restart (a new Library on the same backend)', async () => {
    const backend = await open();
    const created = await new Library(backend, clock).create(newDocument('Surat Masuk'));
    expect(created.ok).toBe(true);
    const again = await new Library(backend, clock).scan();
    expect(again.entries.map((e) => e.name)).toEqual(['Surat Masuk']);
    expect(again.quarantined).toEqual([]);
    if (!created.ok) return;
    const loaded = await new Library(backend, clock).load(created.id);
    expect(loaded.ok && loaded.record.doc).toEqual(newDocument('Surat Masuk'));
  });

  it('saves over the write it is based on and refuses any other without touching the stored copy', async () => {
    const backend = await open();
    const library = new Library(backend, clock);
    const created = await library.create(newDocument('A'));
    if (!created.ok) throw new Error('create failed');
    const first = await library.save(created.id, newDocument('A1'), created.record);
    expect(first).toMatchObject({ ok: true, stamp: { revision: 2 } });
    const before = await backend.record(created.id);
    expect(await library.save(created.id, newDocument('stale'), created.record)).toEqual({
      ok: false,
      reason: 'conflict',
    });
    // Same revision number, another write: still a conflict (the token tells them apart).
    if (!first.ok) throw new Error('save failed');
    const forged = { revision: first.stamp.revision, token: 'another-tab' };
    expect(await library.save(created.id, newDocument('forged'), forged)).toMatchObject({
      reason: 'conflict',
    });
    expect(await backend.record(created.id)).toBe(before);
    expect((await library.entries())[0]?.name).toBe('A1');
  });

  it('refuses to store a document the app could not read back, and says why', async () => {
    const backend = await open();
    const library = new Library(backend, clock);
    const tooLong = newDocument('x'.repeat(LIMITS.textChars + 1));
    const created = await library.create(tooLong);
    expect(created).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!created.ok && created.reason === 'invalid' && created.errors[0]?.code).toBe(
      'textTooLong',
    );
    expect(await backend.recordIds()).toEqual([]);
    const good = await library.create(newDocument('Baik'));
    if (!good.ok) throw new Error('create failed');
    const dangling: SopDocument = newDocument('Rusak');
    dangling.steps[0]!.symbols[0]!.actor = 'nobody';
    expect(await library.save(good.id, dangling, good.record)).toMatchObject({
      reason: 'invalid',
    });
    const stored = await library.load(good.id);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Baik');
  });

  it('moves unreadable records aside, byte for byte, and still lists the good ones', async () => {
    const backend = await open();
    const library = new Library(backend, clock);
    await library.create(newDocument('Baik'));
    await plant(backend, 'broken', '{ not json');
    const dangling = newDocument('Rusak');
    dangling.steps[0]!.symbols[0]!.actor = 'a9';
    const danglingRaw = writeRecord('dangling', {
      revision: 3,
      token: 't',
      savedAt: 'x',
      modified: '2026-01-01T00:00:00.000Z',
      label: null,
      doc: dangling,
    });
    await plant(backend, 'dangling', danglingRaw);

    const { entries, quarantined } = await new Library(backend, clock).scan();
    expect(entries.map((e) => e.name)).toEqual(['Baik']);
    expect(quarantined.map((q) => [q.key, q.reason]).sort()).toEqual([
      [docKey('broken'), 'notJson'],
      [docKey('dangling'), 'invalid'],
    ]);
    expect(quarantined.find((q) => q.reason === 'invalid')?.errors[0]?.path).toBe(
      'steps[0].symbols[0].actor',
    );
    expect(await backend.record('broken')).toBeNull();
    const aside = await backend.quarantined();
    expect(aside.every((q) => q.key.startsWith(QUARANTINE_KEY_PREFIX))).toBe(true);
    expect(aside.map((q) => q.raw).sort()).toEqual(['{ not json', danglingRaw].sort());
    // Reported once: the next start finds nothing new.
    expect((await new Library(backend, clock).scan()).quarantined).toEqual([]);
  });

  it('leaves a record a newer Alir wrote where it is, not listed, and says so', async () => {
    const backend = await open();
    const raw = JSON.stringify({
      alir: 1,
      revision: 4,
      token: 'n',
      savedAt: 'x',
      file: { format: 'sop-ap', version: 99, sop: {} },
    });
    await plant(backend, 'future', raw);
    const { entries, quarantined } = await new Library(backend, clock).scan();
    expect(entries).toEqual([]);
    expect(quarantined).toMatchObject([{ key: docKey('future'), movedTo: null, reason: 'newer' }]);
    expect(await backend.record('future')).toBe(raw);
  });

  it('renames, duplicates, removes and restores in list order', async () => {
    const library = new Library(await open(), clock);
    const a = await library.create(newDocument('Asli'));
    if (!a.ok) throw new Error('create failed');
    expect((await library.rename(a.id, 'Baru')).ok).toBe(true);
    const copy = await library.duplicate(a.id, 'Baru (salinan)');
    expect(copy.ok).toBe(true);
    // The copy is named apart as an entry; its SOP keeps the official name.
    expect(copy.ok && copy.record.doc.identity.name).toBe('Baru');
    const names = async () => (await library.entries()).map(entryTitle);
    expect((await names()).sort()).toEqual(['Baru', 'Baru (salinan)']);
    const removed = await library.remove(a.id);
    expect(removed).not.toBeNull();
    expect(await names()).toEqual(['Baru (salinan)']);
    expect(await library.restore(removed!)).toBe('ok');
    expect((await names()).sort()).toEqual(['Baru', 'Baru (salinan)']);
    const loaded = await library.load(a.id);
    expect(loaded.ok && loaded.record.doc.identity.name).toBe('Baru');
  });

  it('keeps an id given to it, and refuses one an entry has', async () => {
    const library = new Library(await open(), clock);
    const first = await library.createAs('sop-7', newDocument('Tujuh'), {
      modified: '2025-01-02T03:04:05.000Z',
    });
    expect(first.ok && first.id).toBe('sop-7');
    expect(await library.createAs('sop-7', newDocument('Lain'))).toEqual({
      ok: false,
      reason: 'taken',
    });
    const [entry] = await library.entries();
    // An opened file keeps the time it was last changed, not the time it was opened.
    expect(entry).toMatchObject({
      id: 'sop-7',
      name: 'Tujuh',
      updatedAt: '2025-01-02T03:04:05.000Z',
    });
  });

  it('replaces a document whatever was stored, keeping the entry name and place', async () => {
    const library = new Library(await open(), clock);
    const a = await library.create(newDocument('Satu'));
    const b = await library.create(newDocument('Dua'), { label: 'Dua (arsip)' });
    if (!a.ok || !b.ok) throw new Error('create failed');
    const replaced = await library.replace(
      b.id,
      newDocument('Dua revisi'),
      '2026-03-01T00:00:00.000Z',
    );
    expect(replaced.ok).toBe(true);
    const entries = await library.entries();
    expect(entries.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(entries[1]).toMatchObject({ name: 'Dua revisi', label: 'Dua (arsip)' });
    // A tab that had the old version open finds its base gone: a conflict, not a silent overwrite.
    expect((await library.save(b.id, newDocument('x'), b.record)).ok).toBe(false);
  });

  it('names an entry apart and back, and lists what search needs', async () => {
    const library = new Library(await open(), clock);
    const doc = newDocument('Surat Masuk');
    doc.identity.number = 'SOP-12/2026';
    doc.identity.unit = 'Bagian Umum';
    doc.steps[0]!.activity = 'Menerima surat dari kurir';
    const a = await library.create(doc);
    if (!a.ok) throw new Error('create failed');
    expect((await library.setLabel(a.id, 'Surat Masuk (lama)')).ok).toBe(true);
    let [entry] = await library.entries();
    expect(entry).toMatchObject({
      label: 'Surat Masuk (lama)',
      number: 'SOP-12/2026',
      unit: 'Bagian Umum',
    });
    for (const word of ['menerima', 'surat', 'dari', 'kurir', 'sop-12/2026', 'umum'])
      expect(entry!.text.split(' ')).toContain(word);
    expect((await library.setLabel(a.id, '  ')).ok).toBe(true);
    [entry] = await library.entries();
    expect(entry!.label).toBeNull();
  });

  it('keeps versions of a document with their notes, newest first, and adds a backup’s once', async () => {
    const library = new Library(await open(), clock);
    const a = await library.create(newDocument('Satu'));
    if (!a.ok) throw new Error('create failed');
    expect(await library.saveVersion(a.id, newDocument('Satu v1'), 'pertama', 'manual')).toBe('ok');
    expect(await library.saveVersion(a.id, newDocument('Satu v2'), '', 'export')).toBe('ok');
    const versions = await library.versions(a.id);
    expect(versions.map((v) => [v.doc.identity.name, v.note, v.kind])).toEqual([
      ['Satu v2', '', 'export'],
      ['Satu v1', 'pertama', 'manual'],
    ]);
    const rows = await library.allVersionRows();
    await library.addVersionRows(rows);
    expect(await library.versions(a.id)).toHaveLength(2);
    expect(await library.versions('lain')).toEqual([]);
  });

  it('brings rows of an older version up to date at start-up', async () => {
    const backend = await open();
    const library = new Library(backend, clock);
    const a = await library.create(newDocument('Lama'));
    if (!a.ok) throw new Error('create failed');
    await backend.change(a.id, (current, row) => ({
      change: { row: { id: a.id, name: 'Lama', updatedAt: row!.updatedAt, order: row!.order } },
      result: current,
    }));
    expect((await library.entries())[0]!.text).toBe('');
    const { entries } = await new Library(backend, clock).scan();
    expect(entries[0]!.text).toContain('lama');
  });
});

describe('Library failures', () => {
  it('reports a full storage and leaves the last stored version intact', async () => {
    const backend = new MemoryBackend();
    const library = new Library(backend, clock);
    const created = await library.create(newDocument('Kecil'));
    if (!created.ok) throw new Error('create failed');
    const before = await backend.record(created.id);
    backend.failWrites = quotaError();
    const big = newDocument('x'.repeat(5000));
    expect(await library.save(created.id, big, created.record)).toEqual({
      ok: false,
      reason: 'quota',
    });
    expect(await library.create(big)).toEqual({ ok: false, reason: 'quota' });
    expect(await backend.record(created.id)).toBe(before);
  });

  it('leaves an unreadable record in place when it cannot be moved, and does not list it', async () => {
    const backend = new MemoryBackend();
    await plant(backend, 'broken', '[1,2');
    backend.failWrites = quotaError();
    const { entries, quarantined } = await new Library(backend, clock).scan();
    expect(entries).toEqual([]);
    expect(quarantined).toEqual([
      { key: docKey('broken'), movedTo: null, reason: 'notJson', errors: [] },
    ]);
    expect(await backend.record('broken')).toBe('[1,2');
  });
});

describe('two tabs on one IndexedDB', () => {
  it('100 rounds of saves landing at the same instant: one wins, the other hears a conflict, nothing is lost', async () => {
    const tabA = new Library(await openIdbBackend(), clock);
    const tabB = new Library(await openIdbBackend(), clock);
    const created = await tabA.create(newDocument('Balapan'));
    if (!created.ok) throw new Error('create failed');
    let base = { revision: created.record.revision, token: created.record.token };
    let conflicts = 0;
    for (let round = 0; round < 100; round++) {
      const [a, b] = await Promise.all([
        tabA.save(created.id, newDocument(`A${round}`), base),
        tabB.save(created.id, newDocument(`B${round}`), base),
      ]);
      const winners = [a, b].filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      const loser = a.ok ? b : a;
      expect(loser).toEqual({ ok: false, reason: 'conflict' });
      conflicts++;
      const stored = await tabB.load(created.id);
      if (!stored.ok) throw new Error('record lost');
      expect(stored.record.doc.identity.name).toBe(a.ok ? `A${round}` : `B${round}`);
      base = stored.record;
    }
    expect(conflicts).toBe(100);
    expect(await tabA.entries()).toHaveLength(1);
  });
});
