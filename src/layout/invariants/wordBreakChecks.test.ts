import { describe, expect, it } from 'vitest';
import { layoutSheet } from '../layoutSheet';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';
import { checkWordBreaks, countMidWordBreaks } from './wordBreakChecks';

/** A sheet whose Kelengkapan column is squeezed by many actors on portrait paper. */
function crowded(actors: number) {
  const doc = generateSop({ seed: 3, steps: 6, actors, orientation: 'portrait' });
  return {
    ...doc,
    sheet: {
      ...doc.sheet,
      labels: { ...doc.sheet.labels, requirements: 'Persyaratan/Perlengkapan' },
    },
    steps: doc.steps.map((s) => ({ ...s, requirements: 'Kelengkapan', time: 'Waktu' })),
  };
}

describe('word break check', () => {
  it('7 actors on A4 portrait: no word is split without a hyphen', () => {
    const sheet = layoutSheet(crowded(7), { measure });
    expect(checkWordBreaks(sheet)).toEqual([]);
  });

  it('15 actors on A4 portrait: no word is split without a hyphen', () => {
    expect(countMidWordBreaks(layoutSheet(crowded(15), { measure }))).toBe(0);
  });

  it('notices a line cut inside a word', () => {
    const sheet = layoutSheet(crowded(2), { measure });
    const page = sheet.pages[sheet.pages.length - 1]!;
    page.texts.push({
      lines: [
        { text: 'Kelen', x: 40, y: 40 },
        { text: 'gkapan', x: 40, y: 50 },
      ],
      align: 'left',
      fontSize: 8,
      bold: false,
      source: 'Kelengkapan',
    });
    expect(countMidWordBreaks(sheet)).toBe(1);
  });
});
