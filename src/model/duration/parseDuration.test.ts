import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDuration } from './parseDuration';

// Working-time convention (workingTime.ts): hour 60, day 450, week 2250, month 9900 minutes.
const H = 60;
const D = 450;

/** Real spellings, as found in Waktu columns of signed SOPs, with the range they mean. */
const SPELLINGS: [string, number, number][] = [
  ['10 menit', 10, 10],
  ['30 Menit', 30, 30],
  ['5 MENIT', 5, 5],
  ['5 mnt', 5, 5],
  ['15 min', 15, 15],
  ["15'", 15, 15],
  ['15’', 15, 15],
  ['±15 menit', 15, 15],
  ['± 2 jam', 2 * H, 2 * H],
  ['kurang lebih 30 menit', 30, 30],
  ['1-2 jam', H, 2 * H],
  ['2–3 jam', 2 * H, 3 * H],
  ['2 — 3 jam', 2 * H, 3 * H],
  ['1 - 2 hari', D, 2 * D],
  ['1 s.d. 2 hari', D, 2 * D],
  ['1 s.d 2 hari', D, 2 * D],
  ['1 s/d 2 hari', D, 2 * D],
  ['1 sd 3 hari kerja', D, 3 * D],
  ['1 sampai 3 hari', D, 3 * D],
  ['1 sampai dengan 2 jam', H, 2 * H],
  ['30 menit - 3 Jam', 30, 3 * H],
  ['1 jam 30 menit', 90, 90],
  ['1 jam 30 menit - 2 jam', 90, 2 * H],
  ['1/2 jam', 30, 30],
  ['½ jam', 30, 30],
  ['0,5 jam', 30, 30],
  ['1.5 jam', 90, 90],
  ['setengah jam', 30, 30],
  ['satu setengah jam', 90, 90],
  ['2 jam', 2 * H, 2 * H],
  ['1 Jam', H, H],
  ['3 hari kerja', 3 * D, 3 * D],
  ['3 Hari Kerja', 3 * D, 3 * D],
  ['5 HK', 5 * D, 5 * D],
  ['2 hr', 2 * D, 2 * D],
  ['1 hari', D, D],
  ['sehari', D, D],
  ['1x24 jam', D, D],
  ['1 x 24 Jam', D, D],
  ['2×24 jam', 2 * D, 2 * D],
  ['24 jam', 24 * H, 24 * H],
  ['2 x 30 menit', 60, 60],
  ['2 minggu', 10 * D, 10 * D],
  ['1 pekan', 5 * D, 5 * D],
  ['1 bulan', 22 * D, 22 * D],
  ['1 tahun', 264 * D, 264 * D],
  ['30 detik', 0.5, 0.5],
  ['detik', 1 / 60, 1 / 60],
  ['maksimal 3 hari kerja', 3 * D, 3 * D],
  ['paling lama 14 hari kerja', 14 * D, 14 * D],
  ['selambat-lambatnya 7 hari', 7 * D, 7 * D],
  ['10 menit/berkas', 10, 10],
  ['5 menit per surat', 5, 5],
  ['10 menit.', 10, 10],
  ['(2 jam)', 2 * H, 2 * H],
  ['2 hours', 2 * H, 2 * H],
  ['1.5 hrs', 90, 90],
  ['45 minutes', 45, 45],
  ['2-3 working days', 2 * D, 3 * D],
  ['1 to 2 weeks', 5 * D, 10 * D],
  ['an hour', H, H],
  ['half an hour', 30, 30],
  ['1 hour and 30 minutes', 90, 90],
  ['up to 3 days', 3 * D, 3 * D],
  ['3-1 hari', D, 3 * D],
];

const UNREADABLE = [
  '',
  '   ',
  '-',
  '–',
  'sesuai kebutuhan',
  'Triwulan',
  'Setiap hari',
  '1 0 Hari Kerja',
  '1-2',
  '10',
  '2 jam -',
  '- 2 jam',
  '1 - 2 - 3 jam',
  'jam jam',
  '1/0 jam',
  'segera',
  'N/A',
];

describe('parseDuration', () => {
  it.each(SPELLINGS)('reads %j', (text, min, max) => {
    const range = parseDuration(text);
    expect(range).not.toBeNull();
    expect(range!.min).toBeCloseTo(min, 9);
    expect(range!.max).toBeCloseTo(max, 9);
  });

  it.each(UNREADABLE)('gives null for %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('reads every "N unit" and "A-B unit" with min ≤ max, whatever the spacing', () => {
    const units = fc.constantFrom(['menit', 1], ['jam', 60], ['hari', 450], ['minggu', 2250]);
    const space = fc.constantFrom('', ' ', '  ');
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), units, space, (a, b, [word, size], s) => {
        expect(parseDuration(`${a}${s}${word}`)).toEqual({ min: a * size, max: a * size });
        const range = parseDuration(`${a}${s}-${s}${b} ${word}`);
        expect(range).toEqual({ min: Math.min(a, b) * size, max: Math.max(a, b) * size });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const range = parseDuration(text);
        if (range) expect(range.min).toBeLessThanOrEqual(range.max);
      }),
    );
  });
});
