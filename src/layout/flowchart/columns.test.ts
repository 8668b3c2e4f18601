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

  it('shrinks symbols to 0.6 before it breaks a word: 9 actors on Letter portrait', () => {
    // Issue 10: at 9 actors the symbols kept 0.82 and every text column its 30 pt floor, so
    // "Kelengkapan", "Waktu" and most cell words were hyphenated in mostly empty actor columns.
    const doc = generateSop({ seed: 7, steps: 20, actors: 9 });
    const { columns, symbolScale } = layoutColumns(doc, 36, 523, measure);
    expect(symbolScale).toBeGreaterThanOrEqual(0.6 - 1e-9);
    expect(symbolScale).toBeLessThan(0.7);
    const { bodyFont, headerFont, cellPadding: pad } = FLOWCHART_STYLE;
    const wordWidth = (text: string, size: number, bold: boolean) =>
      Math.max(0, ...text.split(/[\s/-]+/).map((w) => measure.width(w, size, bold)));
    const widest: number[] = [];
    const got: number[] = [];
    for (const kind of ['requirements', 'time', 'output', 'notes'] as const) {
      const column = columns.find((c) => c.kind === kind)!;
      // The header word at least in the header's smallest type (6 pt, see header.ts).
      expect(column.width).toBeGreaterThanOrEqual(
        (wordWidth(doc.sheet.labels[kind], headerFont, true) * 6) / 8 + 2 * pad - 1e-6,
      );
      widest.push(Math.max(...doc.steps.map((s) => wordWidth(s[kind], bodyFont, false))));
      got.push(column.width - 2 * pad);
    }
    // Most body words unbroken: every column holds at least 80% of its longest word.
    got.forEach((width, i) => expect(width).toBeGreaterThanOrEqual(0.8 * widest[i]!));
    const last = columns[columns.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(36 + 523, 6);
  });
});
