import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charWidth, sheetMeasurer } from './measure';

describe('sheetMeasurer', () => {
  it('keeps the Helvetica AFM advance widths (Arimo is metric-compatible), to 0.5/1000 em', () => {
    // Helvetica.afm: a=556, i=222, m=833, W=944; Helvetica-Bold.afm: a=556, i=278, m=889.
    const afm: [string, boolean, number][] = [
      ['a', false, 556],
      ['i', false, 222],
      ['m', false, 833],
      ['W', false, 944],
      ['i', true, 278],
      ['m', true, 889],
      ['é', false, 556],
      ['Ö', true, 778],
      ['\u2013', false, 556],
      ['\u201c', true, 500],
    ];
    for (const [char, bold, width] of afm) expect(charWidth(char, bold)).toBeCloseTo(width, 0);
  });

  it('measures characters beyond WinAnsi in the face that draws them', () => {
    // Arimo draws ≤, 1124/2048 em wide; Arimo has no ✓, DejaVu Sans draws it.
    expect(charWidth('\u2264', false)).toBeCloseTo((1124 / 2048) * 1000, 6);
    expect(charWidth('\u2713', false)).toBeGreaterThan(0);
    expect(charWidth('\u2713', false)).not.toBe(charWidth('\u4e2d', false));
  });

  it('gives characters no face draws the width of the box drawn for them', () => {
    expect(charWidth('\u4e2d', false)).toBeGreaterThan(0);
    expect(charWidth('\u4e2d', true)).toBeGreaterThan(0);
    expect(charWidth('\u{1F600}', false)).toBe(charWidth('\u4e2d', false));
  });

  it('is additive and scales linearly with the font size', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.boolean(),
        (a, b, size, bold) => {
          const whole = sheetMeasurer.width(a + b, size, bold);
          const parts = sheetMeasurer.width(a, size, bold) + sheetMeasurer.width(b, size, bold);
          expect(whole).toBeCloseTo(parts, 6);
          expect(sheetMeasurer.width(a, size * 2, bold)).toBeCloseTo(
            2 * sheetMeasurer.width(a, size, bold),
            6,
          );
        },
      ),
    );
  });

  it('makes bold text at least as wide as regular', () => {
    const text = 'Memeriksa kelengkapan berkas';
    expect(sheetMeasurer.width(text, 9, true)).toBeGreaterThan(sheetMeasurer.width(text, 9, false));
  });
});
