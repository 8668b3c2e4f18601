import { describe, expect, it } from 'vitest';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';
import { layoutColumns } from './columns';
import { FLOWCHART_STYLE, MAX_SYMBOL_WIDTH, MIN_CHANNEL } from './metrics';

describe('layoutColumns', () => {
  const widths = (actors: number, width: number) => {
    const doc = generateSop({ seed: 3, steps: 20, actors });
    return { doc, ...layoutColumns(doc, 30, width, measure) };
  };

  it('fills the usable width exactly, in the order of the regulation', () => {
    const { columns } = widths(3, 770);
    expect(columns.map((c) => c.kind)).toEqual([
      'no',
      'activity',
      'actor',
      'actor',
      'actor',
      'requirements',
      'time',
      'output',
      'notes',
    ]);
    const last = columns[columns.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(800, 6);
    columns
      .slice(1)
      .forEach((c, i) => expect(c.x).toBeCloseTo(columns[i]!.x + columns[i]!.width, 6));
  });

  it('keeps actor columns wide enough for symbols and lanes up to 12 actors on A4 landscape', () => {
    const { columns, symbolScale } = widths(12, 774);
    // Symbols give a little so that every text column holds its longest word (issue 10).
    expect(symbolScale).toBeGreaterThanOrEqual(0.7);
    for (const c of columns.filter((c) => c.kind === 'actor'))
      expect(c.width).toBeGreaterThanOrEqual(MAX_SYMBOL_WIDTH * symbolScale + 12 - 1e-6);
    const no = columns.find((c) => c.kind === 'no')!;
    expect(no.width).toBeLessThan(30);
  });

  it('gives every text column at least its longest word when symbols need shrink only a little', () => {
    const { doc, columns } = widths(12, 774);
    const longest = (text: string) =>
      Math.max(
        ...text.split(/[\s/-]+/).map((w) => measure.width(w, FLOWCHART_STYLE.bodyFont, false)),
      );
    for (const kind of ['requirements', 'output', 'notes'] as const) {
      const column = columns.find((c) => c.kind === kind)!;
      const word = Math.max(...doc.steps.map((s) => (s[kind] ? longest(s[kind]) : 0)));
      expect(column.width).toBeGreaterThanOrEqual(word + 2 * FLOWCHART_STYLE.cellPadding - 1e-6);
    }
  });

  it('shrinks symbols only when the actors cannot otherwise fit', () => {
    const { columns, symbolScale } = widths(20, 527);
    expect(symbolScale).toBeLessThan(1);
    const actor = columns.find((c) => c.kind === 'actor')!;
    expect(actor.width).toBeLessThan(MAX_SYMBOL_WIDTH + 2 * MIN_CHANNEL);
    // Room is kept for a lane each side: 3 pt from the symbol and 3 pt from the border.
    expect(MAX_SYMBOL_WIDTH * symbolScale + 12).toBeLessThanOrEqual(actor.width + 1e-6);
    const last = columns[columns.length - 1]!;
    expect(last.x + last.width).toBeLessThanOrEqual(30 + 527 + 1e-6);
  });

  it('widens a crowded actor column by two lane pitches per extra lane, from the text columns', () => {
    const { doc, columns: before } = widths(7, 774);
    const crowded = doc.actors[2]!.id;
    const after = layoutColumns(doc, 30, 774, measure, new Map([[crowded, 2]])).columns;
    const width = (cs: typeof before, id: string) => cs.find((c) => c.actorId === id)!.width;
    expect(width(after, crowded) - width(before, crowded)).toBeCloseTo(16, 6);
    for (const other of doc.actors.filter((a) => a.id !== crowded))
      expect(width(after, other.id)).toBeCloseTo(width(before, other.id), 6);
    const text = (cs: typeof before) =>
      cs.filter((c) => c.kind !== 'actor').reduce((sum, c) => sum + c.width, 0);
    expect(text(before) - text(after)).toBeCloseTo(16, 6);
    const last = after[after.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(30 + 774, 6);
  });

  it('shrinks the symbols for extra lanes when the text columns are already at their floors', () => {
    const { doc, symbolScale: before } = widths(12, 527);
    const crowded = new Map([[doc.actors[0]!.id, 1]]);
    const { columns, symbolScale } = layoutColumns(doc, 30, 527, measure, crowded);
    expect(symbolScale).toBeLessThan(before);
    const column = columns.find((c) => c.actorId === doc.actors[0]!.id)!;
    // Two lanes a pitch apart each side of the widest symbol, the outer one 3 pt from the border.
    const pitch = Math.max(3, 4 * symbolScale);
    expect((MAX_SYMBOL_WIDTH * symbolScale) / 2 + 2 * pitch + 3).toBeLessThanOrEqual(
      column.width / 2 + 1e-6,
    );
    const last = columns[columns.length - 1]!;
    expect(last.x + last.width).toBeLessThanOrEqual(30 + 527 + 1e-6);
  });
});
