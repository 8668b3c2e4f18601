import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testSop } from '../rules/testSop';
import type { SopDocument } from '../types';
import { summarizeDuration } from './summarizeDuration';

const H = 60;
const D = 450;

function fixture(name: string): SopDocument {
  const url = new URL(`../../../tests/fixtures/${name}.sop.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { sop: SopDocument }).sop;
}

/** testSop with the given Waktu per row. */
function timed(rows: string[][], arrows: string[], times: string[]): SopDocument {
  const doc = testSop(rows, arrows);
  doc.steps = doc.steps.map((s, i) => ({ ...s, time: times[i] ?? '' }));
  return doc;
}

describe('summarizeDuration on hand-made flows', () => {
  it('adds up a straight flow', () => {
    const doc = timed(
      [['t'], ['p'], ['t']],
      ['n1>n2', 'n2>n3'],
      ['10 menit', '1-2 jam', '5 menit'],
    );
    const r = { min: 75, max: 135 };
    expect(summarizeDuration(doc)).toEqual({
      shortest: r,
      longest: r,
      unreadable: [],
      missing: [],
    });
  });

  it('takes the quick branch for the shortest and the slow one for the longest', () => {
    // Ya goes through a 1-2 hour check, Tidak straight to the end.
    const doc = timed(
      [['t'], ['d'], ['p'], ['t']],
      ['n1>n2', 'n2>n3:Ya', 'n2>n4:Tidak', 'n3>n4'],
      ['10 menit', '5 menit', '1-2 jam', '10 menit'],
    );
    const s = summarizeDuration(doc);
    expect(s.shortest).toEqual({ min: 25, max: 25 });
    expect(s.longest).toEqual({ min: 85, max: 145 });
  });

  it('optimizes each bound on its own', () => {
    // Branch A: 1-5 hours, branch B: 2-3 hours.
    const doc = timed(
      [['t'], ['d'], ['p'], ['p'], ['t']],
      ['n1>n2', 'n2>n3:A', 'n2>n4:B', 'n3>n5', 'n4>n5'],
      ['0 menit', '0 menit', '1-5 jam', '2-3 jam', '0 menit'],
    );
    const s = summarizeDuration(doc);
    expect(s.shortest).toEqual({ min: H, max: 3 * H });
    expect(s.longest).toEqual({ min: 2 * H, max: 5 * H });
  });

  it('does not go round a loop for the longest way', () => {
    const doc = timed(
      [['t'], ['p'], ['d'], ['t']],
      ['n1>n2', 'n2>n3', 'n3>n2:Tidak', 'n3>n4:Ya'],
      ['1 jam', '2 jam', '1 hari', '1 jam'],
    );
    const r = { min: D + 4 * H, max: D + 4 * H };
    expect(summarizeDuration(doc)).toMatchObject({ shortest: r, longest: r });
  });

  it('counts a row through two actors once', () => {
    const doc = timed(
      [['t'], ['p@a1', 'p@a2'], ['t']],
      ['n1>n2', 'n2>n3', 'n3>n4'],
      ['1 jam', '2 jam', '1 jam'],
    );
    expect(summarizeDuration(doc).longest).toEqual({ min: 4 * H, max: 4 * H });
  });

  it('counts unreadable and empty Waktu as zero and lists them apart', () => {
    const doc = timed(
      [['t'], ['p'], ['p'], ['t']],
      ['n1>n2', 'n2>n3', 'n3>n4'],
      ['1 jam', 'segera', '', '1 jam'],
    );
    expect(summarizeDuration(doc)).toEqual({
      shortest: { min: 2 * H, max: 2 * H },
      longest: { min: 2 * H, max: 2 * H },
      unreadable: ['s2'],
      missing: ['s3'],
    });
  });

  it('gives no totals without a way from the start to an end', () => {
    const noEnd = timed([['t'], ['p']], ['n1>n2'], ['1 jam', '1 jam']);
    expect(summarizeDuration(noEnd)).toMatchObject({ shortest: null, longest: null });
    const cut = timed([['t'], ['p'], ['t']], ['n2>n3'], ['1 jam', '1 jam', '1 jam']);
    expect(summarizeDuration(cut)).toMatchObject({ shortest: null, longest: null });
  });

  it('equals the plain sum on any straight flow', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(600), { minLength: 2, maxLength: 30 }), (minutes) => {
        const rows = minutes.map((_, i) => [i === 0 || i === minutes.length - 1 ? 't' : 'p']);
        const arrows = minutes.slice(1).map((_, i) => `n${i + 1}>n${i + 2}`);
        const doc = timed(
          rows,
          arrows,
          minutes.map((m) => `${m} menit`),
        );
        const sum = minutes.reduce((a, b) => a + b, 0);
        expect(summarizeDuration(doc).shortest).toEqual({ min: sum, max: sum });
        expect(summarizeDuration(doc).longest).toEqual({ min: sum, max: sum });
      }),
    );
  });
});

describe('summarizeDuration on the signed samples', () => {
  it('SOP-009: both branches of step 4 take 121 working days', () => {
    const r = { min: 121 * D, max: 121 * D };
    expect(summarizeDuration(fixture('sop-009'))).toEqual({
      shortest: r,
      longest: r,
      unreadable: [],
      missing: [],
    });
  });

  it('SOP-024: 135 minutes plus "30 menit - 3 Jam", the Tidak loop not repeated', () => {
    const r = { min: 165, max: 315 };
    expect(summarizeDuration(fixture('sop-024'))).toMatchObject({ shortest: r, longest: r });
  });

  it('SOP-098: lists "1 0 Hari Kerja" and both "Triwulan" as unreadable', () => {
    const s = summarizeDuration(fixture('sop-098'));
    expect(s.unreadable).toEqual(['s8', 's10', 's11']);
    // Ya passes step 7 (1 day), Tidak passes step 8 (unreadable, 0): 3+1+7+15+1+1 days, +1 on Ya, +2 hours.
    expect(s.shortest).toEqual({ min: 28 * D + 2 * H, max: 28 * D + 2 * H });
    expect(s.longest).toEqual({ min: 29 * D + 2 * H, max: 29 * D + 2 * H });
  });

  it('SOP-314: lists the two empty Waktu', () => {
    const s = summarizeDuration(fixture('sop-314'));
    expect(s.missing).toEqual(['s6', 's7']);
    // 1 jam + 1x24 jam (1 day) + 2 jam + 1 day, then Tidak ends; Ya adds 30 days.
    expect(s.shortest).toEqual({ min: 2 * D + 3 * H, max: 2 * D + 3 * H });
    expect(s.longest).toEqual({ min: 32 * D + 3 * H, max: 32 * D + 3 * H });
  });
});
