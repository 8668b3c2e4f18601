import type { FlowchartPageGeometry, Point, Rect, Route, TextMeasurer } from '../geometry';
import { labelBox } from '../routing/labelBox';
import { segmentsOf, type Segment } from './outline';

/** Arrowhead length (as drawn by every writer): the final leg must hold two of them. */
export const ARROWHEAD_LENGTH = 5.5;
/** Shortest final straight leg of an arrow: shorter, the head sits on the corner and looks hooked. */
export const MIN_FINAL_LEG = 2 * ARROWHEAD_LENGTH;
/** Closest an arrow segment may run alongside a parallel table line: nearer reads as a doubled line. */
export const GRID_CLEARANCE = 6;
/** Closest a label's text may come to a table line or to its own arrow. */
export const LABEL_LINE_CLEARANCE = 2;

/** Measuring slack: figures are rounded to hundredths of a point along the way. */
const EPS = 0.01;

/**
 * What a careful draftsman avoids, counted per page. Each list holds one
 * readable finding per case, so the same function serves the invariant (no
 * findings) and the quality report (how many).
 */
export interface DrawingFindings {
  /** Arrows whose final straight leg is shorter than MIN_FINAL_LEG. */
  headsOnBends: string[];
  /** Two arrows into one target running towards each other along one line. */
  headOnJoins: string[];
  /** Points where two arrows cross. */
  crossings: string[];
  /** Arrow segments closer than GRID_CLEARANCE to a parallel table line. */
  huggingLines: string[];
  /** Labels closer than LABEL_LINE_CLEARANCE to a table line or to their own arrow. */
  labelsTouching: string[];
}

export function drawingFindings(
  page: FlowchartPageGeometry,
  measure: TextMeasurer,
): DrawingFindings {
  return {
    headsOnBends: headsOnBends(page),
    headOnJoins: headOnJoins(page),
    crossings: crossings(page),
    huggingLines: huggingLines(page),
    labelsTouching: labelsTouching(page, measure),
  };
}

function where(page: FlowchartPageGeometry, route: Route): string {
  return `page ${page.index} flow ${route.flowId}`;
}

/** The sign of a difference, 0 within the measuring slack (joined routes differ by rounding). */
function signOf(d: number): number {
  return Math.abs(d) < EPS ? 0 : Math.sign(d);
}

/** The length of a route's final straight leg, and the direction it runs in. */
function finalLeg(route: Route): { length: number; dx: number; dy: number; end: Point } {
  const end = route.points[route.points.length - 1]!;
  const before = route.points[route.points.length - 2] ?? end;
  return {
    length: Math.abs(end.x - before.x) + Math.abs(end.y - before.y),
    dx: signOf(end.x - before.x),
    dy: signOf(end.y - before.y),
    end,
  };
}

/**
 * Bent arrows whose final leg is shorter than MIN_FINAL_LEG (a straight one is as long
 * as the gap it spans). An arrow that joins another's final leg shares that arrow's
 * head: the longest leg into the same point in the same direction is the one seen.
 */
export function headsOnBends(page: FlowchartPageGeometry): string[] {
  const found: string[] = [];
  const bent = page.routes.filter((r) => r.arrowhead && r.points.length >= 3);
  const legs = page.routes.filter((r) => r.arrowhead && r.points.length >= 2).map(finalLeg);
  for (const route of bent) {
    const own = finalLeg(route);
    if (own.length >= MIN_FINAL_LEG - EPS) continue;
    const seen = Math.max(
      own.length,
      ...legs
        .filter((l) => samePoint(l.end, own.end) && l.dx === own.dx && l.dy === own.dy)
        .map((l) => l.length),
    );
    if (seen < MIN_FINAL_LEG - EPS)
      found.push(`${where(page, route)}: final leg ${own.length.toFixed(1)} pt`);
  }
  return found;
}

function direction(s: Segment): number {
  return s.horizontal ? Math.sign(s.b.x - s.a.x) : Math.sign(s.b.y - s.a.y);
}

function span(s: Segment): [number, number] {
  const [p, q] = s.horizontal ? [s.a.x, s.b.x] : [s.a.y, s.b.y];
  return [Math.min(p, q), Math.max(p, q)];
}

function samePoint(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3;
}

/**
 * Arrows ending at one point (they join) whose segments lie on one line and
 * point towards each other, touching or overlapping: the reader sees one line
 * with two opposite flows. Joining at the head, or perpendicular into the
 * other's final leg, is fine.
 */
export function headOnJoins(page: FlowchartPageGeometry): string[] {
  const found: string[] = [];
  const routes = page.routes.filter((r) => r.points.length >= 2);
  for (let i = 0; i < routes.length; i++) {
    for (let j = i + 1; j < routes.length; j++) {
      const r1 = routes[i]!;
      const r2 = routes[j]!;
      if (!samePoint(r1.points[r1.points.length - 1]!, r2.points[r2.points.length - 1]!)) continue;
      const meets = segmentsOf(r1).some((s) =>
        segmentsOf(r2).some((t) => {
          if (s.horizontal !== t.horizontal) return false;
          const onLine = s.horizontal
            ? Math.abs(s.a.y - t.a.y) < EPS
            : Math.abs(s.a.x - t.a.x) < EPS;
          if (!onLine || direction(s) === direction(t)) return false;
          const [a1, a2] = span(s);
          const [b1, b2] = span(t);
          return Math.min(a2, b2) - Math.max(a1, b1) >= -EPS;
        }),
      );
      if (meets) found.push(`page ${page.index}: flows ${r1.flowId} and ${r2.flowId} meet head-on`);
    }
  }
  return found;
}

/**
 * A horizontal and a vertical segment of two different arrows that cross
 * inside both (touching at an end is a join or a start, not a crossing).
 */
export function crossings(page: FlowchartPageGeometry): string[] {
  const found: string[] = [];
  const all = page.routes.map((r) => ({ route: r, segments: segmentsOf(r) }));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      for (const s of a.segments)
        for (const t of b.segments) {
          if (s.horizontal === t.horizontal) continue;
          const h = s.horizontal ? s : t;
          const v = s.horizontal ? t : s;
          const [x1, x2] = span(h);
          const [y1, y2] = span(v);
          const x = v.a.x;
          const y = h.a.y;
          if (x > x1 + EPS && x < x2 - EPS && y > y1 + EPS && y < y2 - EPS)
            found.push(
              `page ${page.index}: flows ${a.route.flowId} and ${b.route.flowId} cross at (${x.toFixed(1)}, ${y.toFixed(1)})`,
            );
        }
    }
  }
  return found;
}

/** Segments running alongside a parallel table line (overlapping it by more than 1 pt) too near to it. */
export function huggingLines(page: FlowchartPageGeometry): string[] {
  const found: string[] = [];
  for (const route of page.routes) {
    for (const s of segmentsOf(route)) {
      const [p1, p2] = span(s);
      for (const line of page.lines) {
        const lineHorizontal = Math.abs(line.y1 - line.y2) < EPS;
        if (lineHorizontal !== s.horizontal) continue;
        const gap = s.horizontal ? Math.abs(line.y1 - s.a.y) : Math.abs(line.x1 - s.a.x);
        const l1 = Math.min(s.horizontal ? line.x1 : line.y1, s.horizontal ? line.x2 : line.y2);
        const l2 = Math.max(s.horizontal ? line.x1 : line.y1, s.horizontal ? line.x2 : line.y2);
        if (gap < GRID_CLEARANCE - EPS && Math.min(p2, l2) - Math.max(p1, l1) > 1) {
          found.push(
            `${where(page, route)}: segment ${s.index} runs ${gap.toFixed(1)} pt from a table line`,
          );
          break;
        }
      }
    }
  }
  return found;
}

function rectToSegment(r: Rect, s: { a: Point; b: Point }): number {
  // Axis-aligned segment and box: the gap along each axis, 0 where they overlap.
  const sx1 = Math.min(s.a.x, s.b.x);
  const sx2 = Math.max(s.a.x, s.b.x);
  const sy1 = Math.min(s.a.y, s.b.y);
  const sy2 = Math.max(s.a.y, s.b.y);
  const dx = Math.max(r.x - sx2, 0, sx1 - (r.x + r.width));
  const dy = Math.max(r.y - sy2, 0, sy1 - (r.y + r.height));
  return Math.hypot(dx, dy);
}

/** A label's text box nearer than LABEL_LINE_CLEARANCE to a table line or to its own arrow. */
export function labelsTouching(page: FlowchartPageGeometry, measure: TextMeasurer): string[] {
  const found: string[] = [];
  for (const route of page.routes) {
    if (!route.label || route.label.text.trim() === '') continue;
    const box = labelBox(route.label, measure);
    const lineGap = Math.min(
      Infinity,
      ...page.lines.map((l) =>
        rectToSegment(box, { a: { x: l.x1, y: l.y1 }, b: { x: l.x2, y: l.y2 } }),
      ),
    );
    const arrowGap = Math.min(Infinity, ...segmentsOf(route).map((s) => rectToSegment(box, s)));
    if (lineGap < LABEL_LINE_CLEARANCE - EPS)
      found.push(`${where(page, route)}: label ${lineGap.toFixed(1)} pt from a table line`);
    else if (arrowGap < LABEL_LINE_CLEARANCE - EPS)
      found.push(`${where(page, route)}: label ${arrowGap.toFixed(1)} pt from its arrow`);
  }
  return found;
}
