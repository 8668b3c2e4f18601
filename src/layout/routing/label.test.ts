import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry, Route } from '../geometry';
import { checkRouteLabels, checkSheet } from '../invariants';
import { layoutSheet } from '../layoutSheet';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';
import { placeLabels, type LabelJob } from './label';
import { labelBox } from './labelBox';
import { arrowheadRect, rectsMeet, segmentMeets } from './labelSpace';
import type { RoutingArea } from './types';

/** One 70 pt actor column, one 60 pt row, a diamond in its middle. */
const diamond = { x: 120, y: 70, width: 30, height: 20 };
const area: RoutingArea = {
  columns: [{ left: 100, right: 170 }],
  bands: [{ top: 50, bottom: 110 }],
  boxes: [{ id: 'd', rect: diamond, shape: 'decision' }],
  scale: 1,
};
/** The decision's right exit: out to a lane, then down. */
const exit = (): Route => ({
  flowId: 'tidak',
  points: [
    { x: 150, y: 80 },
    { x: 160, y: 80 },
    { x: 160, y: 108 },
  ],
  arrowhead: true,
  label: null,
});
const job = (route: Route): LabelJob<string> => ({
  route,
  text: 'Ya',
  source: { rect: diamond, shape: 'decision' },
  key: route.flowId,
});

describe('placeLabels', () => {
  it("puts a label beside its exit's start, on the side the arrow does not turn to", () => {
    const route = exit();
    const report = placeLabels(area, [route], [job(route)], measure);
    expect(report.failed).toEqual([]);
    const box = labelBox(route.label!, measure);
    expect(box.y + box.height).toBeLessThanOrEqual(80);
    expect(box.x).toBeGreaterThanOrEqual(150);
    expect(Math.hypot(box.x - 150, box.y + box.height - 80)).toBeLessThan(12);
  });

  it('moves a label off an arrow that passes where it would go, and keeps it clear of arrowheads', () => {
    const route = exit();
    // Another arrow down through the place above the exit, its head just under it.
    const other: Route = {
      flowId: 'other',
      points: [
        { x: 154, y: 52 },
        { x: 154, y: 78 },
      ],
      arrowhead: true,
      label: null,
    };
    const report = placeLabels(area, [route, other], [job(route)], measure);
    expect(report.failed).toEqual([]);
    const box = labelBox(route.label!, measure);
    expect(segmentMeets(other.points[0]!, other.points[1]!, box)).toBe(false);
    expect(rectsMeet(box, { x: 151.8, y: 72.5, width: 4.4, height: 5.5 })).toBe(false);
  });

  it('finds a place across the centre line under a decision when its column is too narrow beside the exits', () => {
    // 34 pt column: "Tidak" (17.1 pt) fits beside no arrow on the centre line, nor
    // beside the exits (their lanes hug the column's borders); it fits below the
    // diamond, between the two lanes, nearer its own exit than the other.
    const narrow: RoutingArea = { ...area, columns: [{ left: 118, right: 152 }] };
    const down = (flowId: string, x: number, lane: number): Route => ({
      flowId,
      points: [
        { x, y: 80 },
        { x: lane, y: 80 },
        { x: lane, y: 108 },
      ],
      arrowhead: true,
      label: null,
    });
    const tidak = down('tidak', 150, 151);
    const ya = down('ya', 120, 119);
    const incoming: Route = {
      flowId: 'in',
      points: [
        { x: 135, y: 52 },
        { x: 135, y: 70 },
      ],
      arrowhead: true,
      label: null,
    };
    const routes = [tidak, ya, incoming];
    const report = placeLabels(narrow, routes, [{ ...job(tidak), text: 'Tidak' }], measure);
    expect(report.failed).toEqual([]);
    const box = labelBox(tidak.label!, measure);
    expect(box.x).toBeGreaterThan(118.5);
    expect(box.x + box.width).toBeLessThan(151.5);
    expect(box.y).toBeGreaterThan(90);
    expect(box.x).toBeLessThan(135);
    for (const r of routes.slice(1))
      expect(segmentMeets(r.points[1]!, r.points[2] ?? r.points[1]!, box)).toBe(false);
    const near = (x: number) =>
      Math.hypot(Math.max(0, box.x - x, x - box.x - box.width), box.y - 80);
    expect(near(150) + 1).toBeLessThan(near(120));
  });

  it("keeps labels off an arrowhead's own box, even when its segment's ends differ by rounding", () => {
    const head = arrowheadRect({
      flowId: 'in',
      points: [
        { x: 135.00000000000003, y: 52 },
        { x: 135, y: 70 },
      ],
      arrowhead: true,
      label: null,
    })!;
    expect(head.width).toBeCloseTo(4.4);
    expect(head.height).toBeCloseTo(5.5);
    expect(head.y + head.height).toBeCloseTo(70);
  });

  it('reports a label with no room and the room to keep clear for it', () => {
    // A column too narrow for the text on either side of its centre line, where an
    // arrow comes in from above and another leaves below; the exit turns down at once.
    const narrow: RoutingArea = { ...area, columns: [{ left: 118, right: 152 }] };
    const line = (flowId: string, y1: number, y2: number): Route => ({
      flowId,
      points: [
        { x: 135, y: y1 },
        { x: 135, y: y2 },
      ],
      arrowhead: true,
      label: null,
    });
    const route: Route = {
      ...exit(),
      points: [
        { x: 150, y: 80 },
        { x: 151, y: 80 },
        { x: 151, y: 108 },
      ],
    };
    const routes = [route, line('in', 52, 70), line('ya', 90, 108)];
    const report = placeLabels(narrow, routes, [{ ...job(route), text: 'Tidak' }], measure);
    expect(report.failed.map((j) => j.key)).toEqual(['tidak']);
    expect(report.cramped.map((j) => j.key)).toEqual(['tidak']);
    expect(route.label).not.toBeNull();
  });
});

describe('labels on crowded pages', () => {
  const pages = (sheet: ReturnType<typeof layoutSheet>): FlowchartPageGeometry[] =>
    sheet.pages.filter((p): p is FlowchartPageGeometry => p.kind === 'flowchart');

  it('12 actors on portrait pages: every label reads as its own exit', () => {
    for (const paper of ['A4', 'F4'] as const) {
      const doc = generateSop({
        seed: 1391829735,
        steps: 33,
        actors: 12,
        decisionRate: 0.4,
        loopRate: 0.1,
        paper,
        orientation: 'portrait',
      });
      const sheet = layoutSheet(doc, { measure });
      const labelled = pages(sheet).flatMap((p) => p.routes.filter((r) => r.label));
      expect(labelled.length).toBeGreaterThan(10);
      expect(pages(sheet).flatMap((p) => checkRouteLabels(p, measure))).toEqual([]);
      expect(checkSheet(doc, sheet, measure)).toEqual([]);
    }
  });
});
