import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sheetMeasurer as m } from './measure';
import { HYPHEN, wrapText, wrapWords } from './wrap';

/** The lines joined again, with the hyphens the wrapper added taken out. */
const unwrap = (w: { lines: string[]; hyphenated: boolean[] }): string[] =>
  w.lines.map((l, i) => (w.hyphenated[i] ? l.slice(0, -HYPHEN.length) : l));

const words = (lines: string[]): string => lines.join(' ').split(/\s+/).filter(Boolean).join(' ');

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Mulai', 100, 9, false, m)).toEqual(['Mulai']);
  });

  it('breaks between words and keeps every word in order', () => {
    const text = 'Menerima berkas permohonan dan memeriksa kelengkapan dokumen persyaratan';
    const lines = wrapText(text, 80, 9, false, m);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(m.width(line, 9, false)).toBeLessThanOrEqual(80);
  });

  it('fills each line as far as the next word allows', () => {
    const lines = wrapText('aa bb cc dd ee ff gg', m.width('aa bb cc', 9, false), 9, false, m);
    expect(lines).toEqual(['aa bb cc', 'dd ee ff', 'gg']);
  });

  it('respects explicit newlines, including empty lines', () => {
    expect(wrapText('satu\n\ndua\r\ntiga', 200, 9, false, m)).toEqual(['satu', '', 'dua', 'tiga']);
  });

  it('breaks an over-long word after "/" and "-", and cuts the rest with a hyphen drawn', () => {
    const url = 'https://jdih.example.go.id/peraturan/2025/nomor-0001234567890';
    const wrapped = wrapWords(url, 60, 9, false, m);
    const lines = wrapped.lines;
    expect(lines.length).toBeGreaterThan(1);
    expect(unwrap(wrapped).join('')).toBe(url);
    expect(lines).toContain('peraturan/');
    for (const line of lines) expect(m.width(line, 9, false)).toBeLessThanOrEqual(60);
  });

  it('puts a character that cannot fit at all on a line of its own', () => {
    expect(wrapText('WW', 3, 9, true, m)).toEqual(['W-', 'W']);
  });

  it('breaks "Persyaratan/Perlengkapan" after the slash, not inside a word', () => {
    const w = Math.max(m.width('Persyaratan/', 8, true), m.width('Perlengkapan', 8, true)) + 1;
    expect(wrapText('Persyaratan/Perlengkapan', w, 8, true, m)).toEqual([
      'Persyaratan/',
      'Perlengkapan',
    ]);
  });

  it('hyphenates a word too long for its line at a syllable boundary', () => {
    const w = m.width('Penanda-', 8, true) + 1;
    expect(wrapText('Penandatanganan', w, 8, true, m)).toEqual(['Penanda-', 'tanganan']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 50, 9, false, m)).toEqual(['']);
  });

  it('never loses a word and never overflows (generated text)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,()/-]{1,30}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 20, max: 400 }),
        fc.boolean(),
        (ws, width, bold) => {
          const text = ws.join(' ');
          const wrapped = wrapWords(text, width, 8, bold, m);
          const lines = unwrap(wrapped);
          wrapped.lines.forEach((line, i) => {
            // Only one character with its hyphen may not fit at all.
            if ([...lines[i]!].length > 1)
              expect(m.width(line, 8, bold)).toBeLessThanOrEqual(width);
          });
          // Cut words lose no characters: compare with all spaces removed.
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          expect(words(lines).split(' ').length).toBeGreaterThanOrEqual(ws.length);
        },
      ),
    );
  });
});

describe('wrapText on a word of the longest text a field holds', () => {
  it('cuts a 20,000-character word into lines that each fit, losing nothing', () => {
    const word = 'kelengkapan'.repeat(1819).slice(0, 20_000);
    const lines = wrapText(word, 40, 8, false, m);
    for (const line of lines) expect(m.width(line, 8, false)).toBeLessThanOrEqual(40);
    expect(lines.map((l, i) => (i < lines.length - 1 ? l.slice(0, -1) : l)).join('')).toBe(word);
  });
});
