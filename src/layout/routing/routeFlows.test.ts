import { describe, expect, it } from 'vitest';
import type { Route } from '../geometry';
import { sheetMeasurer } from '../text/measure';
import { labelBox } from './labelBox';
import { routeFlows, routeFlowsReport } from './routeFlows';
import type { RoutingArea, RoutingBox, RoutingRequest } from './types';

/** A page of `rows` rows, 60 pt tall, and three 70 pt actor columns starting at x = 100. */
function area(boxes: RoutingBox[], rows = 4): RoutingArea {
  return {
    columns: [0, 1, 2].map((c) => ({ left: 100 + 70 * c, right: 170 + 70 * c })),
    bands: Array.from({ length: rows }, (_, r) => ({ top: 50 + 60 * r, bottom: 110 + 60 * r })),
    boxes,
    scale: 1,
  };
}

/** A 28×16 process box centred in (row, column). */
function box(id: string, row: number, column: number, dy = 0): RoutingBox {
  return {
    id,
    rect: { x: 135 + 70 * column - 14, y: 80 + 60 * row - 8 + dy, width: 28, height: 16 },
  };
}

const flow = (flowId: string, from: string, to: string, label = ''): RoutingRequest => ({
  flowId,
  from,
  to,
  label,
});
const bends = (r: Route): number => r.points.length - 2;

describe('routeFlows', () => {
  it('joins two symbols of one column with one straight segment, bottom to top', () => {
    const [r] = routeFlows(area([box('a', 0, 0), box('b', 1, 0)]), [flow('f', 'a', 'b')]);
    expect(r!.points).toEqual([
      { x: 135, y: 88 },
      { x: 135, y: 132 },
    ]);
  });

  it('goes sideways within one row, side to side', () => {
    const [r] = routeFlows(area([box('a', 1, 0), box('b', 1, 2)]), [flow('f', 'a', 'b')]);
    expect(r!.points).toEqual([
      { x: 149, y: 140 },
      { x: 261, y: 140 },
    ]);
  });

  it('reaches a later row in another column with one bend, entering from the top', () => {
    const [r] = routeFlows(area([box('a', 0, 0), box('b', 1, 2)]), [flow('f', 'a', 'b')]);
    expect(bends(r!)).toBe(1);
    expect(r!.points[r!.points.length - 1]).toEqual({ x: 275, y: 132 });
  });

  it('sends a loop out of a side, up a lane and into a side of the earlier symbol', () => {
    const boxes = [box('a', 0, 1), box('b', 1, 1), box('c', 2, 1)];
    const routes = routeFlows(area(boxes), [
      flow('f1', 'a', 'b'),
      flow('f2', 'b', 'c'),
      flow('back', 'c', 'a', 'Tidak'),
    ]);
    const loop = routes.find((r) => r.flowId === 'back')!;
    const first = loop.points[0]!;
    const last = loop.points[loop.points.length - 1]!;
    expect(first.y).toBe(200); // the middle of c's side
    expect(last.y).toBe(80); // the middle of a's side
    const lane = loop.points[1]!.x;
    expect(lane).toBeGreaterThan(219); // beside, not through, the symbols in between
    // Right of the exit "Tidak" would come within 1 pt of the column's line at x = 240:
    // it stands on the other side, 2 pt clear of its arrow, the symbol and the lines.
    const label = labelBox(loop.label!, sheetMeasurer);
    expect(loop.label!.text).toBe('Tidak');
    expect(label.x + label.width / 2).toBeLessThan(first.x);
    expect(label.y).toBeGreaterThanOrEqual(208 + 2); // c's bottom
    expect(Math.hypot(label.x + label.width - first.x, label.y - first.y)).toBeLessThan(12);
  });

  it('lets two flows into one symbol join, and keeps parallel arrows apart', () => {
    const boxes = [box('a', 0, 0), box('b', 0, 2), box('t', 2, 1)];
    const routes = routeFlows(area(boxes), [flow('f1', 'a', 't'), flow('f2', 'b', 't')]);
    expect(routes).toHaveLength(2);
    const [a, b] = routes.map((r) => r.points);
    // Both arrive at the top of t: the second joins the first across its final leg (a T),
    // sharing only the rest of that leg; the first keeps a long final leg for its head.
    expect(a![a!.length - 1]).toEqual({ x: 205, y: 192 });
    expect(b![b!.length - 1]).toEqual({ x: 205, y: 192 });
    const [aLeg, bLeg, bBefore] = [a!.at(-2)!, b!.at(-2)!, b!.at(-3)!];
    expect(bLeg.x).toBe(205);
    expect(bLeg.y).toBeGreaterThan(aLeg.y);
    expect(bBefore.y).toBe(bLeg.y);
    expect(192 - aLeg.y).toBeGreaterThanOrEqual(11);
  });

  it('never passes through a symbol standing in the way', () => {
    const boxes = [box('a', 0, 0), box('wall', 1, 0), box('b', 2, 0)];
    const [r] = routeFlows(area(boxes), [flow('f', 'a', 'b')]);
    const wall = boxes[1]!.rect;
    for (let k = 1; k < r!.points.length; k++) {
      const p = r!.points[k - 1]!;
      const q = r!.points[k]!;
      const crosses =
        Math.max(p.x, q.x) > wall.x &&
        Math.min(p.x, q.x) < wall.x + wall.width &&
        Math.max(p.y, q.y) > wall.y &&
        Math.min(p.y, q.y) < wall.y + wall.height;
      expect(crosses).toBe(false);
    }
  });

  it('returns routes in the order of the requests', () => {
    const boxes = [box('a', 0, 0), box('b', 1, 0), box('c', 3, 2)];
    const routes = routeFlows(area(boxes), [flow('long', 'a', 'c'), flow('short', 'a', 'b')]);
    expect(routes.map((r) => r.flowId)).toEqual(['long', 'short']);
  });

  it('reports the flows it could not draw cleanly, and none when there is room', () => {
    const boxes = [box('a', 0, 0), box('wall', 1, 0), box('b', 2, 0)];
    const roomy = routeFlowsReport(area(boxes), [flow('f', 'a', 'b')]);
    expect(roomy.stuck).toEqual([]);
    // One column barely wider than its symbols: no lane beside the wall.
    const narrow: RoutingArea = { ...area(boxes), columns: [{ left: 119, right: 151 }] };
    const request = flow('f', 'a', 'b');
    const cramped = routeFlowsReport(narrow, [request]);
    expect(cramped.stuck).toEqual([request]);
    expect(cramped.routes).toHaveLength(1);
  });
});
