import { describe, expect, it } from 'vitest';
import { hyphenatedPlaces, layoutSheet } from '../layoutSheet';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from './measure';
import { MAX_NAMED_CHARS, unprintableTexts } from './unprintable';

const base = generateSop({ seed: 5, steps: 4, actors: 2 });

describe('texts the sheet fonts cannot draw', () => {
  it('names, per field, the characters neither face has, once each, in order', () => {
    const doc = {
      ...base,
      identity: { ...base.identity, unit: 'Bagian 総務 総務', legalBasis: ['UU 1/2020', 'ข้อ 2'] },
      actors: [{ ...base.actors[0]!, name: 'Sekretaris 😀' }, ...base.actors.slice(1)],
      steps: base.steps.map((s, i) =>
        i === 1 ? { ...s, time: '≤ 3 hari ✓ → ½ × № – “kutip”', output: 'Surat 中文' } : s,
      ),
    };
    expect(unprintableTexts(doc)).toEqual([
      { place: { kind: 'identity', field: 'unit' }, chars: ['総', '務'] },
      { place: { kind: 'identity', field: 'legalBasis' }, chars: ['ข', '้', 'อ'] },
      { place: { kind: 'actor', id: doc.actors[0]!.id }, chars: ['😀'] },
      { place: { kind: 'step', id: doc.steps[1]!.id, field: 'output' }, chars: ['中', '文'] },
    ]);
  });

  it('finds nothing in Latin text with the marks the fonts have, nor in line breaks', () => {
    const doc = {
      ...base,
      steps: base.steps.map((s) => ({ ...s, notes: 'Catatan:\n– “café” ≥ 2 ✓\t→ arsip' })),
    };
    expect(unprintableTexts(doc)).toEqual([]);
  });

  it('names at most a handful of characters per text', () => {
    const doc = { ...base, identity: { ...base.identity, name: '一二三四五六七八九十' } };
    expect(unprintableTexts(doc)[0]!.chars).toHaveLength(MAX_NAMED_CHARS);
  });
});

describe('texts the layout hyphenated', () => {
  it('are named by step field, column label and actor when columns are too narrow', () => {
    const doc = generateSop({ seed: 3, steps: 6, actors: 15, orientation: 'portrait' });
    const narrow = {
      ...doc,
      actors: doc.actors.map((a) => ({ ...a, name: 'Penandatanganan' })),
      sheet: {
        ...doc.sheet,
        labels: { ...doc.sheet.labels, requirements: 'Persyaratan/Perlengkapan' },
      },
      steps: doc.steps.map((s) => ({ ...s, requirements: 'Kelengkapan' })),
    };
    const places = hyphenatedPlaces(layoutSheet(narrow, { measure }).pages);
    expect(places).toContainEqual({ kind: 'step', id: narrow.steps[0]!.id, field: 'requirements' });
    expect(places).toContainEqual({ kind: 'actor', id: narrow.actors[0]!.id });
    // Each place once, though the header repeats on every page.
    const keys = places.map((p) => JSON.stringify(p));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are none on a sheet with room for its words', () => {
    expect(hyphenatedPlaces(layoutSheet(base, { measure }).pages)).toEqual([]);
  });
});
