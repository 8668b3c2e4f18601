import { describe, expect, it } from 'vitest';
import { newDocument } from '../model/defaults';
import { Library } from './library';
import { writeRecord } from './libraryRecords';
import { allKeys, docKey, INDEX_KEY, MemoryStorage, QUARANTINE_KEY_PREFIX } from './libraryStorage';

let counter = 0;
const clock = { now: () => new Date('2025-06-02T10:42:00Z'), newId: () => `id${++counter}` };

function fixture() {
  const storage = new MemoryStorage();
  return { storage, library: new Library(storage, clock) };
}

describe('Library', () => {
  it('keeps created documents across a restart (a new Library on the same storage)', () => {
    const { storage, library } = fixture();
    const created = library.create(newDocument('Surat Masuk'));
    expect(created.ok).toBe(true);
    const again = new Library(storage, clock).scan();
    expect(again.entries.map((e) => e.name)).toEqual(['Surat Masuk']);
    expect(again.quarantined).toEqual([]);
    if (!created.ok) return;
    const loaded = new Library(storage, clock).load(created.id);
    expect(loaded.ok && loaded.record.doc).toEqual(newDocument('Surat Masuk'));
  });

  it('saves over its own revision and refuses a stale one without touching the stored copy', () => {
    const { storage, library } = fixture();
    const created = library.create(newDocument('A'));
    if (!created.ok) throw new Error('create failed');
    const first = library.save(created.id, newDocument('A1'), 1);
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const before = storage.getItem(docKey(created.id));
    expect(library.save(created.id, newDocument('stale'), 1)).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(storage.getItem(docKey(created.id))).toBe(before);
    expect(library.entries()[0]?.name).toBe('A1');
  });

  it('reports a full storage and leaves the last stored version intact', () => {
    const { storage, library } = fixture();
    const created = library.create(newDocument('Kecil'));
    if (!created.ok) throw new Error('create failed');
    const before = storage.getItem(docKey(created.id));
    storage.quotaChars = 1;
    const big = newDocument('x'.repeat(5000));
    expect(library.save(created.id, big, 1)).toEqual({ ok: false, reason: 'quota' });
    expect(library.create(big)).toEqual({ ok: false, reason: 'quota' });
    expect(storage.getItem(docKey(created.id))).toBe(before);
  });

  it('moves unreadable documents aside, byte for byte, and still lists the good ones', () => {
    const { storage, library } = fixture();
    library.create(newDocument('Baik'));
    storage.setItem(docKey('broken'), '{ not json');
    const dangling = newDocument('Rusak');
    dangling.steps[0]!.symbols[0]!.actor = 'a9';
    const danglingRaw = writeRecord({ revision: 3, savedAt: 'x', doc: dangling });
    storage.setItem(docKey('dangling'), danglingRaw);

    const { entries, quarantined } = new Library(storage, clock).scan();
    expect(entries.map((e) => e.name)).toEqual(['Baik']);
    expect(quarantined.map((q) => [q.key, q.reason])).toEqual([
      [docKey('broken'), 'notJson'],
      [docKey('dangling'), 'invalid'],
    ]);
    expect(quarantined[1]?.errors[0]?.path).toBe('steps[0].symbols[0].actor');
    expect(storage.getItem(docKey('broken'))).toBeNull();
    const moved = quarantined.map((q) => q.movedTo ?? '');
    expect(moved.every((k) => k.startsWith(QUARANTINE_KEY_PREFIX))).toBe(true);
    expect(storage.getItem(moved[0]!)).toBe('{ not json');
    expect(storage.getItem(moved[1]!)).toBe(danglingRaw);
  });

  it('leaves an unreadable entry in place when there is no room to move it, and does not list it', () => {
    const { storage, library } = fixture();
    storage.setItem(docKey('broken'), '[1,2');
    storage.quotaChars = 0;
    const { entries, quarantined } = library.scan();
    expect(entries).toEqual([]);
    expect(quarantined).toEqual([
      { key: docKey('broken'), movedTo: null, reason: 'notJson', errors: [] },
    ]);
    expect(storage.getItem(docKey('broken'))).toBe('[1,2');
  });

  it('rebuilds a corrupt or stale index from the documents actually stored', () => {
    const { storage, library } = fixture();
    const a = library.create(newDocument('A'));
    const b = library.create(newDocument('B'));
    if (!a.ok || !b.ok) throw new Error('create failed');
    // A crash between the document write and the index write: B is missing from the index.
    storage.setItem(
      INDEX_KEY,
      JSON.stringify({ v: 1, entries: [{ id: a.id, name: 'A', updatedAt: '' }] }),
    );
    expect(new Library(storage, clock).scan().entries.map((e) => e.name)).toEqual(['A', 'B']);

    storage.setItem(INDEX_KEY, 'garbage');
    const rescanned = new Library(storage, clock).scan();
    expect(rescanned.entries.map((e) => e.name).sort()).toEqual(['A', 'B']);
    expect(rescanned.quarantined.map((q) => q.reason)).toEqual(['index']);
  });

  it('renames, duplicates, removes and restores', () => {
    const { library } = fixture();
    const a = library.create(newDocument('Asli'));
    if (!a.ok) throw new Error('create failed');
    expect(library.rename(a.id, 'Baru').ok).toBe(true);
    const copy = library.duplicate(a.id, 'Baru (salinan)');
    expect(copy.ok).toBe(true);
    expect(library.entries().map((e) => e.name)).toEqual(['Baru', 'Baru (salinan)']);
    const removed = library.remove(a.id);
    expect(removed).not.toBeNull();
    expect(library.entries().map((e) => e.name)).toEqual(['Baru (salinan)']);
    expect(library.restore(removed!)).toBe('ok');
    expect(
      library
        .entries()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Baru', 'Baru (salinan)']);
    const loaded = library.load(a.id);
    expect(loaded.ok && loaded.record.doc.identity.name).toBe('Baru');
  });

  it('never touches keys that are not its own', () => {
    const { storage, library } = fixture();
    storage.setItem('other-app', 'keep me');
    library.create(newDocument('A'));
    library.scan();
    expect(storage.getItem('other-app')).toBe('keep me');
    expect(allKeys(storage).filter((k) => !k.startsWith('alir:'))).toEqual(['other-app']);
  });
});
