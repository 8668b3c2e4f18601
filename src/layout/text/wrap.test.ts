import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { helveticaMeasurer as m } from './measure';
import { wrapText } from './wrap';

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

  it('cuts an over-long word by characters', () => {
    const url = 'https://jdih.example.go.id/peraturan/2025/nomor-0001234567890';
    const lines = wrapText(url, 60, 9, false, m);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(m.width(line, 9, false)).toBeLessThanOrEqual(60);
  });

  it('puts a character that cannot fit at all on a line of its own', () => {
    expect(wrapText('WW', 3, 9, true, m)).toEqual(['W', 'W']);
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
          const lines = wrapText(text, width, 8, bold, m);
          for (const line of lines) {
            if ([...line].length > 1) expect(m.width(line, 8, bold)).toBeLessThanOrEqual(width);
          }
          // Cut words lose no characters: compare with all spaces removed.
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          expect(words(lines).split(' ').length).toBeGreaterThanOrEqual(ws.length);
        },
      ),
    );
  });
});
