import { describe, expect, it } from 'vitest';
import type { SymbolShape } from '../../model/types';
import type { FlowchartPageGeometry, Route } from '../geometry';
import { checkSheet } from '../invariants';
import { layoutSheet } from '../layoutSheet';
import { buildSop, symbolId, type SopSpec } from '../testing/buildSop';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';

const D = (actor: number) => ({ actor, shape: 'decision' as SymbolShape });
const T = (actor: number) => ({ actor, shape: 'terminator' as SymbolShape });

/** The most crowded shapes we can think of; each is also drawn with 11 more (empty) actors. */
const SHAPES: Record<string, SopSpec> = {
  'a decision with four exits': {
    actors: 3,
    rows: [[T(1)], [D(1)], [0], [1], [2], [0], [T(1)]],
    flows: [
      ['0.0', '1.0'],
      ['1.0', '2.0', 'A'],
      ['1.0', '3.0', 'B'],
      ['1.0', '4.0', 'C'],
      ['1.0', '5.0', 'D'],
      ['2.0', '6.0'],
      ['3.0', '6.0'],
      ['4.0', '6.0'],
      ['5.0', '6.0'],
    ],
  },
  'six flows into one symbol': {
    actors: 4,
    rows: [[T(0)], [0, 1, 2, 3], [0, 1], [T(1)]],
    flows: [
      ['0.0', '1.0'],
      ['1.0', '1.1'],
      ['1.1', '1.2'],
      ['1.2', '1.3'],
      ['1.0', '2.0'],
      ['1.1', '2.0'],
      ['1.2', '2.0'],
      ['1.3', '2.0'],
      ['2.1', '2.0'],
      ['0.0', '2.0'],
      ['1.3', '2.1'],
      ['2.0', '3.0'],
    ],
  },
  'ten decisions in one column, each looping back past the same rows': {
    actors: 2,
    rows: [[T(0)], ...Array.from({ length: 10 }, () => [D(0)]), [T(0)]],
    flows: [
      ['0.0', '1.0'],
      ...Array.from({ length: 10 }, (_, i): [string, string, string] => [
        `${i + 1}.0`,
        `${i + 2}.0`,
        'Ya',
      ]),
      ...Array.from({ length: 10 }, (_, i): [string, string, string] => [
        `${i + 1}.0`,
        `${Math.max(1, i - 3)}.0`,
        'Tidak',
      ]),
    ],
  },
  'a decision stacked over a process, both bypassed and both with two exits': {
    actors: 2,
    rows: [[T(0)], [0], [D(0), 0], [D(0)], [1], [T(0)]],
    flows: [
      ['0.0', '1.0'],
      ['1.0', '2.0'],
      ['1.0', '2.1'],
      ['2.0', '3.0', 'Ya'],
      ['2.0', '4.0', 'Tidak'],
      ['2.1', '3.0'],
      ['2.1', '5.0'],
      ['3.0', '5.0', 'Ya'],
      ['3.0', '1.0', 'Tidak'],
      ['4.0', '5.0'],
    ],
  },
};

const papers = [
  { paper: 'A4', orientation: 'landscape' },
  { paper: 'A4', orientation: 'portrait' },
  { paper: 'Legal', orientation: 'portrait' },
] as const;

describe('layoutSheet on the densest shapes', () => {
  for (const [name, spec] of Object.entries(SHAPES)) {
    for (const extra of [0, 11]) {
      for (const sheet of papers) {
        it(`${name}, ${spec.actors + extra} actors, ${sheet.paper} ${sheet.orientation}`, () => {
          const doc = buildSop({ ...spec, actors: spec.actors + extra, sheet });
          const layout = layoutSheet(doc, { measure });
          expect(checkSheet(doc, layout, measure)).toEqual([]);
        });
      }
    }
  }

  it('gives each of the four exits its own start point and its label beside it', () => {
    const doc = buildSop(SHAPES['a decision with four exits']!);
    const page = layoutSheet(doc, { measure }).pages[1] as FlowchartPageGeometry;
    const decision = symbolId('1.0');
    const exits = doc.flows
      .filter((f) => f.from === decision)
      .map((f) => page.routes.find((r) => r.flowId === f.id)!);
    const starts = exits.map((r) => `${r.points[0]!.x.toFixed(2)},${r.points[0]!.y.toFixed(2)}`);
    expect(new Set(starts).size).toBe(4);
    for (const r of exits) {
      const start = r.points[0]!;
      expect(Math.hypot(r.label!.x - start.x, r.label!.y - start.y)).toBeLessThan(12);
      // No other exit's start is nearer to this label.
      const nearest = (route: Route) =>
        Math.hypot(route.points[0]!.x - r.label!.x, route.points[0]!.y - r.label!.y);
      for (const other of exits) expect(nearest(other)).toBeGreaterThanOrEqual(nearest(r));
    }
  });
});

describe('layoutSheet on a page too crowded for its columns', () => {
  it('finds every label a free place in narrow columns, clean', () => {
    // Found by the property test once labels were checked: exits whose labels
    // found no room beside them until their columns widened; the search over
    // every place within reach now finds them one in the columns as they are.
    const doc = generateSop({
      seed: 24,
      steps: 55,
      actors: 6,
      decisionRate: 0.4280150037260373,
      loopRate: 0.1999999999999997,
      multiSymbolRate: 0.39999999999999925,
      pageBreakRate: 0,
      paper: 'A4',
      orientation: 'portrait',
      repeatHeader: false,
      connectorLetters: false,
    });
    const sheet = layoutSheet(doc, { measure });
    expect(checkSheet(doc, sheet, measure)).toEqual([]);
    const labelled = sheet.pages.flatMap((p) =>
      p.kind === 'flowchart' ? p.routes.filter((r) => r.label) : [],
    );
    expect(labelled.length).toBeGreaterThan(20);
  });
});
