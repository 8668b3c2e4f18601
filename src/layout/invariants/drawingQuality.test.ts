import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SopDocument } from '../../model/types';
import type { FlowchartPageGeometry, Point, Route } from '../geometry';
import { layoutSheet } from '../layoutSheet';
import { labelBox } from '../routing/labelBox';
import { sheetMeasurer as measure } from '../text/measure';
import {
  crossings,
  drawingFindings,
  headOnJoins,
  headsOnBends,
  huggingLines,
  labelsTouching,
} from './drawingQuality';

/** An empty page with one table line along y = 100, from x = 0 to 500. */
function page(routes: Route[]): FlowchartPageGeometry {
  return {
    kind: 'flowchart',
    index: 1,
    footer: null,
    columns: [],
    header: null,
    strips: [],
    rows: [],
    symbols: [],
    connectors: [],
    routes,
    lines: [{ x1: 0, y1: 100, x2: 500, y2: 100, width: 0.5 }],
    texts: [],
  };
}

const route = (flowId: string, ...points: [number, number][]): Route => ({
  flowId,
  points: points.map(([x, y]): Point => ({ x, y })),
  arrowhead: true,
  label: null,
});

describe('drawing quality checks', () => {
  it('find a head on a bend, and not a long final leg or a straight arrow', () => {
    const hooked = route('h', [10, 10], [10, 50], [16, 50]);
    const fine = route('f', [50, 10], [50, 50], [70, 50]);
    const straight = route('s', [90, 10], [95, 10]);
    expect(headsOnBends(page([hooked, fine, straight]))).toEqual([
      'page 1 flow h: final leg 6.0 pt',
    ]);
  });

  it('find two arrows into one point running towards each other, and not a perpendicular join', () => {
    const left = route('a', [10, 50], [40, 50], [40, 70]);
    const right = route('b', [70, 50], [40, 50], [40, 70]);
    const below = route('c', [20, 60], [40, 60]);
    expect(headOnJoins(page([left, right]))).toEqual(['page 1: flows a and b meet head-on']);
    expect(headOnJoins(page([left, route('d', [40, 30], [40, 70])]))).toEqual([]);
    expect(headOnJoins(page([left, below]))).toEqual([]);
  });

  it('find a crossing inside both segments, and not a touch at an end', () => {
    const h = route('h', [0, 50], [100, 50]);
    const v = route('v', [50, 0], [50, 90]);
    const touching = route('t', [100, 0], [100, 50]);
    expect(crossings(page([h, v]))).toEqual(['page 1: flows h and v cross at (50.0, 50.0)']);
    expect(crossings(page([h, touching]))).toEqual([]);
  });

  it('find a segment running beside a table line nearer than 6 pt', () => {
    const near = route('n', [10, 96], [200, 96]);
    const clear = route('c', [10, 93], [200, 93]);
    const across = route('x', [50, 60], [50, 140]);
    expect(huggingLines(page([near, clear, across]))).toEqual([
      'page 1 flow n: segment 0 runs 4.0 pt from a table line',
    ]);
  });

  it('find a label nearer than 2 pt to a table line or to its own arrow', () => {
    const labelled = (flowId: string, y: number): Route => {
      const r = route(flowId, [10, 60], [200, 60]);
      r.label = { text: 'Ya', x: 20, y, align: 'left' };
      return r;
    };
    const box = (r: Route) => labelBox(r.label!, measure);
    // Baselines set so the text box ends 1 pt above its arrow, or 3 pt.
    const touching = labelled('t', 0);
    touching.label!.y += 59 - (box(touching).y + box(touching).height);
    const clear = labelled('c', 0);
    clear.label!.y += 57 - (box(clear).y + box(clear).height);
    expect(labelsTouching(page([touching, clear]), measure)).toEqual([
      'page 1 flow t: label 1.0 pt from its arrow',
    ]);
  });
});

describe('the real SOPs', () => {
  const fixtures = ['sop-009', 'sop-024', 'sop-098', 'sop-314'];
  const load = (name: string): SopDocument =>
    (
      JSON.parse(
        readFileSync(new URL(`../../../tests/fixtures/${name}.sop.json`, import.meta.url), 'utf8'),
      ) as { sop: SopDocument }
    ).sop;

  it.each(fixtures)(
    '%s: no head on a bend, no head-on join, no crossing, no label touching a line',
    (name) => {
      const sheet = layoutSheet(load(name), { measure });
      for (const p of sheet.pages) {
        if (p.kind !== 'flowchart') continue;
        const found = drawingFindings(p, measure);
        expect(found.headsOnBends).toEqual([]);
        expect(found.headOnJoins).toEqual([]);
        expect(found.crossings).toEqual([]);
        expect(found.labelsTouching).toEqual([]);
      }
    },
  );
});
