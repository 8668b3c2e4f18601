import type { Point, Rect, Route } from '../geometry';
import type { SymbolShape } from '../../model/types';
import { capsuleRadius, diamondPoints, pentagonPoints } from '../shapes';

export type OutlineShape = SymbolShape | 'connector';

/** Distance from `p` to the segment `a`–`b`. */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function distanceToPolygon(p: Point, poly: Point[]): number {
  return Math.min(...poly.map((a, i) => distanceToSegment(p, a, poly[(i + 1) % poly.length]!)));
}

/** Distance from `p` to a symbol's drawn outline (rectangle, capsule, diamond or pentagon). */
export function distanceToOutline(shape: OutlineShape, r: Rect, p: Point): number {
  switch (shape) {
    case 'process':
      return distanceToPolygon(p, [
        { x: r.x, y: r.y },
        { x: r.x + r.width, y: r.y },
        { x: r.x + r.width, y: r.y + r.height },
        { x: r.x, y: r.y + r.height },
      ]);
    case 'decision':
      return distanceToPolygon(p, diamondPoints(r));
    case 'connector':
      return distanceToPolygon(p, pentagonPoints(r));
    case 'terminator': {
      const rad = capsuleRadius(r);
      const cy = r.y + r.height / 2;
      const left = r.x + rad;
      const right = r.x + r.width - rad;
      if (p.x >= left && p.x <= right)
        return Math.min(Math.abs(p.y - r.y), Math.abs(p.y - r.y - r.height));
      const cx = p.x < left ? left : right;
      return Math.abs(Math.hypot(p.x - cx, p.y - cy) - rad);
    }
  }
}

export interface Segment {
  a: Point;
  b: Point;
  horizontal: boolean;
  index: number;
}

/** A route's segments in drawing order. */
export function segmentsOf(route: Route): Segment[] {
  return route.points.slice(1).map((b, i) => {
    const a = route.points[i]!;
    return { a, b, horizontal: Math.abs(a.y - b.y) < 1e-6, index: i };
  });
}

/** Whether an axis-aligned segment enters the open interior of `r` shrunk by `inset`. */
export function crossesInterior(s: Segment, r: Rect, inset = 0.25): boolean {
  const x1 = Math.min(s.a.x, s.b.x);
  const x2 = Math.max(s.a.x, s.b.x);
  const y1 = Math.min(s.a.y, s.b.y);
  const y2 = Math.max(s.a.y, s.b.y);
  return (
    x2 > r.x + inset &&
    x1 < r.x + r.width - inset &&
    y2 > r.y + inset &&
    y1 < r.y + r.height - inset
  );
}

/** Whether `p` lies inside a symbol's drawn outline by more than `inset`. */
export function insideOutline(shape: OutlineShape, r: Rect, p: Point, inset = 0.25): boolean {
  if (distanceToOutline(shape, r, p) <= inset) return false;
  switch (shape) {
    case 'process':
      return p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;
    case 'decision':
      return insideConvex(p, diamondPoints(r));
    case 'connector':
      return insideConvex(p, pentagonPoints(r));
    case 'terminator': {
      const rad = capsuleRadius(r);
      const cy = r.y + r.height / 2;
      const cx = Math.min(Math.max(p.x, r.x + rad), r.x + r.width - rad);
      return Math.hypot(p.x - cx, p.y - cy) < rad;
    }
  }
}

/** Inside a convex polygon given clockwise on screen (y down). */
function insideConvex(p: Point, poly: Point[]): boolean {
  return poly.every((a, i) => {
    const b = poly[(i + 1) % poly.length]!;
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) > 0;
  });
}

/**
 * Whether an axis-aligned segment enters a symbol's drawn outline (not just its
 * bounding box): an arrow may leave a diamond from its slanted edge.
 */
export function crossesOutline(s: Segment, shape: OutlineShape, r: Rect, inset = 0.25): boolean {
  if (!crossesInterior(s, r, inset)) return false;
  const length = Math.abs(s.b.x - s.a.x) + Math.abs(s.b.y - s.a.y);
  const steps = Math.max(1, Math.ceil(length / 0.2));
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    const p = { x: s.a.x + (s.b.x - s.a.x) * t, y: s.a.y + (s.b.y - s.a.y) * t };
    if (insideOutline(shape, r, p, inset)) return true;
  }
  return false;
}
