import { describe, expect, it } from 'vitest';
import { newDocument } from './defaults';
import {
  entryTitle,
  foldText,
  freeTitle,
  libraryUnits,
  queryLibrary,
  queryWords,
  searchTextOf,
  type SearchableEntry,
} from './librarySearch';

const entry = (over: Partial<SearchableEntry> & { id: string }): SearchableEntry => ({
  name: over.id,
  label: null,
  number: '',
  unit: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  text: foldText(over.name ?? over.id),
  ...over,
});

describe('library search', () => {
  it('folds case, accents and spacing', () => {
    expect(foldText('  Sérah   TERIMA\nBarang ')).toBe('serah terima barang');
  });

  it('finds a SOP by a word of its third step, whatever the case or accents', () => {
    const doc = newDocument('Cuti Pegawai');
    const step = (id: string, activity: string) => ({
      ...doc.steps[0]!,
      id,
      activity,
      symbols: [],
    });
    doc.steps = [
      step('s1', 'Mengajukan cuti'),
      step('s2', 'Menerima berkas'),
      step('s3', 'Memverifikasi formulir cuti tahunan'),
    ];
    const text = searchTextOf(doc);
    const entries = [entry({ id: 'a', text }), entry({ id: 'b', text: 'surat masuk' })];
    const query = { words: queryWords('FORMULIR tahunan'), unit: null, sort: 'name' as const };
    expect(queryLibrary(entries, query).map((e) => e.id)).toEqual(['a']);
    expect(queryLibrary(entries, { ...query, words: queryWords('formulir keluar') })).toEqual([]);
  });

  it('searches names, number, unit and actors too', () => {
    const doc = newDocument('Arsip');
    doc.identity.number = 'SOP-12/BU/2026';
    doc.identity.unit = 'Bagian Umum';
    doc.actors[0]!.name = 'Arsiparis';
    const text = searchTextOf(doc, 'Arsip (lama)');
    for (const word of ['sop-12/bu/2026', 'umum', 'arsiparis', 'lama'])
      expect(text).toContain(word);
  });

  it('sorts by last change, by title and by number as people read numbers', () => {
    const entries = [
      entry({ id: 'x', name: 'Zebra', number: 'SOP-10', updatedAt: '2026-03-01T00:00:00Z' }),
      entry({ id: 'y', name: 'apel', number: 'SOP-2', updatedAt: '2026-01-01T00:00:00Z' }),
      entry({ id: 'z', name: 'Mangga', number: '', updatedAt: '2026-02-01T00:00:00Z' }),
      entry({ id: 'w', name: 'Bagus', label: 'Anggur', number: 'SOP-1' }),
    ];
    const ids = (sort: 'changed' | 'name' | 'number') =>
      queryLibrary(entries, { words: [], unit: null, sort }).map((e) => e.id);
    expect(ids('changed')).toEqual(['x', 'z', 'w', 'y']);
    expect(ids('name')).toEqual(['w', 'y', 'z', 'x']);
    expect(ids('number')).toEqual(['w', 'y', 'x', 'z']);
  });

  it('filters by unit, as written or with other case', () => {
    const entries = [
      entry({ id: 'a', unit: 'Bagian Umum' }),
      entry({ id: 'b', unit: 'bagian umum ' }),
      entry({ id: 'c', unit: 'Keuangan' }),
      entry({ id: 'd', unit: '' }),
    ];
    expect(libraryUnits(entries)).toEqual(['Bagian Umum', 'Keuangan']);
    const found = queryLibrary(entries, { words: [], unit: 'Bagian Umum', sort: 'name' });
    expect(found.map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('calls an entry by its own name when it has one', () => {
    expect(entryTitle({ name: 'Surat', label: null })).toBe('Surat');
    expect(entryTitle({ name: 'Surat', label: 'Surat (salinan)' })).toBe('Surat (salinan)');
  });

  it('finds a free title for a copy', () => {
    const make = (n: number) => `Surat (salinan${n === 1 ? '' : ` ${n}`})`;
    expect(freeTitle(['Surat'], make)).toBe('Surat (salinan)');
    expect(freeTitle(['Surat', 'surat (SALINAN)', 'Surat (salinan 2)'], make)).toBe(
      'Surat (salinan 3)',
    );
  });
});
