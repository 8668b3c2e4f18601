import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charWidth, helveticaMeasurer } from './measure';

describe('helveticaMeasurer', () => {
  it('uses the published AFM advance widths', () => {
    // Helvetica.afm: a=556, i=222, m=833, W=944; Helvetica-Bold.afm: a=556, i=278, m=889.
    expect(charWidth('a', false)).toBe(556);
    expect(charWidth('i', false)).toBe(222);
    expect(charWidth('m', false)).toBe(833);
    expect(charWidth('W', false)).toBe(944);
    expect(charWidth('i', true)).toBe(278);
    expect(charWidth('m', true)).toBe(889);
    expect(charWidth('é', false)).toBe(556);
    expect(charWidth('Ö', true)).toBe(778);
  });

  it('gives unknown characters a non-zero default width', () => {
    expect(charWidth('\u4e2d', false)).toBeGreaterThan(0);
    expect(charWidth('\u4e2d', true)).toBeGreaterThan(0);
  });

  it('is additive and scales linearly with the font size', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.boolean(),
        (a, b, size, bold) => {
          const whole = helveticaMeasurer.width(a + b, size, bold);
          const parts =
            helveticaMeasurer.width(a, size, bold) + helveticaMeasurer.width(b, size, bold);
          expect(whole).toBeCloseTo(parts, 6);
          expect(helveticaMeasurer.width(a, size * 2, bold)).toBeCloseTo(
            2 * helveticaMeasurer.width(a, size, bold),
            6,
          );
        },
      ),
    );
  });

  it('makes bold text at least as wide as regular', () => {
    const text = 'Memeriksa kelengkapan berkas';
    expect(helveticaMeasurer.width(text, 9, true)).toBeGreaterThan(
      helveticaMeasurer.width(text, 9, false),
    );
  });
});
