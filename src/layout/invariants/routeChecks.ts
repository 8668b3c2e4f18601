import type { SopDocument } from '../../model/types';
import type { FlowchartPageGeometry, Point, Rect, Route } from '../geometry';
import {
  crossesInterior,
  crossesOutline,
  distanceToOutline,
  segmentsOf,
  type OutlineShape,
  type Segment,
} from './outline';

/** How far an arrow end may be from its symbol's outline, in points. */
export const TOUCH_TOLERANCE = 0.5;
/** Closest two parallel, overlapping arrow segments may run. */
export const MIN_PARALLEL_GAP = 2.5;
/** Closest an arrow may run along a table line. */
export const MIN_LINE_GAP = 1.5;

interface EndBox {
  shape: OutlineShape;
  rect: Rect;
}

/** The boxes a page's route of `flowId` must start and end on: symbols, or this page's connectors. */
export function routeEnds(
  page: FlowchartPageGeometry,
  doc: SopDocument,
  flowId: string,
): { start: EndBox | null; end: EndBox | null } {
  const flow = doc.flows.find((f) => f.id === flowId);
  if (!flow) return { start: null, end: null };
  const symbol = (id: string): EndBox | null => {
    const s = page.symbols.find((b) => b.symbolId === id);
    return s ? { shape: s.shape, rect: s } : null;
  };
  const connector = (end: 'in' | 'out'): EndBox | null => {
    const c = page.connectors.find((k) => k.flowId === flowId && k.end === end);
    return c ? { shape: 'connector', rect: c } : null;
  };
  return { start: symbol(flow.from) ?? connector('in'), end: symbol(flow.to) ?? connector('out') };
}

/** Problems with the routes of one page: shape, ends, symbols crossed, shared segments, table lines. */
export function checkPageRoutes(page: FlowchartPageGeometry, doc: SopDocument): string[] {
  const problems: string[] = [];
  const where = (r: Route): string => `page ${page.index} flow ${r.flowId}`;
  const boxes: Rect[] = [...page.symbols, ...page.connectors];
  for (const route of page.routes) {
    if (route.points.length < 2) problems.push(`${where(route)}: fewer than two points`);
    const segments = segmentsOf(route);
    const ends = routeEnds(page, doc, route.flowId);
    // Its own two symbols by their drawn outline (an exit may leave from a diamond's slant), others by their box.
    const own = [ends.start, ends.end].filter((e): e is EndBox => e !== null);
    const crosses = (s: Segment, b: Rect): boolean => {
      const end = own.find((e) => e.rect === b);
      return end ? crossesOutline(s, end.shape, b) : crossesInterior(s, b);
    };
    for (const s of segments) {
      const vertical = Math.abs(s.a.x - s.b.x) < 1e-6;
      if (!s.horizontal && !vertical)
        problems.push(`${where(route)}: segment ${s.index} is not axis-aligned`);
      if (s.horizontal && vertical)
        problems.push(`${where(route)}: segment ${s.index} has no length`);
      const hit = boxes.find((b) => crosses(s, b));
      if (hit)
        problems.push(
          `${where(route)}: segment ${s.index} crosses a symbol at (${hit.x.toFixed(1)}, ${hit.y.toFixed(1)})`,
        );
      for (const line of page.lines) {
        const lineHorizontal = Math.abs(line.y1 - line.y2) < 1e-6;
        if (lineHorizontal !== s.horizontal) continue;
        const gap = s.horizontal ? Math.abs(line.y1 - s.a.y) : Math.abs(line.x1 - s.a.x);
        const overlap = s.horizontal
          ? overlapLength(s.a.x, s.b.x, line.x1, line.x2)
          : overlapLength(s.a.y, s.b.y, line.y1, line.y2);
        if (gap < MIN_LINE_GAP && overlap > 1)
          problems.push(`${where(route)}: segment ${s.index} runs along a table line`);
      }
    }
    const first = route.points[0];
    const last = route.points[route.points.length - 1];
    if (!ends.start || !ends.end)
      problems.push(`${where(route)}: no symbol or connector to start or end on`);
    else if (first && last) {
      if (distanceToOutline(ends.start.shape, ends.start.rect, first) > TOUCH_TOLERANCE)
        problems.push(`${where(route)}: does not start on its source's outline`);
      if (distanceToOutline(ends.end.shape, ends.end.rect, last) > TOUCH_TOLERANCE)
        problems.push(`${where(route)}: does not end on its target's outline`);
    }
  }
  problems.push(...checkSharedSegments(page));
  return problems;
}

function overlapLength(a1: number, a2: number, b1: number, b2: number): number {
  return (
    Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2))
  );
}

/**
 * No two arrows run along each other (closer than MIN_PARALLEL_GAP, overlapping),
 * except arrows into one symbol that join and then share the rest of the way.
 */
export function checkSharedSegments(page: FlowchartPageGeometry): string[] {
  const problems: string[] = [];
  const all = page.routes.map((route) => ({ route, segments: segmentsOf(route) }));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const r1 = all[i]!;
      const r2 = all[j]!;
      for (const s of r1.segments) {
        for (const t of r2.segments) {
          if (s.horizontal !== t.horizontal) continue;
          const gap = s.horizontal ? Math.abs(s.a.y - t.a.y) : Math.abs(s.a.x - t.a.x);
          const overlap = s.horizontal
            ? overlapLength(s.a.x, s.b.x, t.a.x, t.b.x)
            : overlapLength(s.a.y, s.b.y, t.a.y, t.b.y);
          if (gap >= MIN_PARALLEL_GAP || overlap <= 0.5) continue;
          if (gap < 1e-6 && joinedTail(r1.route, s, r2.route, t)) continue;
          problems.push(
            `page ${page.index}: flows ${r1.route.flowId} and ${r2.route.flowId} run along each other (gap ${gap.toFixed(2)} pt)`,
          );
        }
      }
    }
  }
  return problems;
}

/** Two arrows into the same point that coincide from the start of their overlap to the end. */
function joinedTail(r1: Route, s: Segment, r2: Route, t: Segment): boolean {
  const end1 = r1.points[r1.points.length - 1]!;
  const end2 = r2.points[r2.points.length - 1]!;
  if (!same(end1, end2)) return false;
  const sameDirection = s.horizontal
    ? Math.sign(s.b.x - s.a.x) === Math.sign(t.b.x - t.a.x)
    : Math.sign(s.b.y - s.a.y) === Math.sign(t.b.y - t.a.y);
  if (!sameDirection) return false;
  // The overlap starts where the later of the two segments starts.
  const along = (p: Point): number =>
    (s.horizontal ? p.x : p.y) * Math.sign(s.horizontal ? s.b.x - s.a.x : s.b.y - s.a.y);
  const start = along(s.a) >= along(t.a) ? s.a : t.a;
  const tail1 = [start, ...r1.points.slice(s.index + 1)];
  const tail2 = [start, ...r2.points.slice(t.index + 1)];
  return tail1.length === tail2.length && tail1.every((p, k) => same(p, tail2[k]!));
}

function same(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;
}
