import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTabularText } from './tabular';

/** Writes cells the way Excel puts them on the clipboard. */
function excelText(rows: string[][]): string {
  const cell = (c: string) => (/[\t\n\r"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cell).join('\t')).join('\r\n') + '\r\n';
}

describe('parseTabularText', () => {
  it('splits tabs and line breaks, ignoring the final line break', () => {
    expect(parseTabularText('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTabularText('a\tb\r\nc\t\r\n')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(parseTabularText('')).toEqual([]);
  });

  it('reads Excel quoting of cells with line breaks and quotes', () => {
    const text = '"Terima surat\nlalu catat"\tStaf\r\n"Ia bilang ""Ya"""\tKepala\r\n';
    expect(parseTabularText(text)).toEqual([
      ['Terima surat\nlalu catat', 'Staf'],
      ['Ia bilang "Ya"', 'Kepala'],
    ]);
  });

  it('takes a cell that merely starts with a quote literally', () => {
    expect(parseTabularText('"Ya" jika lengkap\tStaf')).toEqual([['"Ya" jika lengkap', 'Staf']]);
    expect(parseTabularText('"tanpa penutup\tStaf')).toEqual([['"tanpa penutup', 'Staf']]);
  });

  it('gives back what Excel wrote (generated tables)', () => {
    const cellText = fc.string({
      unit: fc.constantFrom('a', ' ', '"', '\t', '\n', 'é'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 5,
          }),
        ),
        (rows) => {
          // A row of one empty cell is a blank line, which no format can tell from nothing.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          expect(parseTabularText(excelText(rows))).toEqual(rows);
        },
      ),
    );
  });
});
