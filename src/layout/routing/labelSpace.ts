import type { Point, Rect, Route } from '../geometry';
import { capsuleRadius, diamondPoints, pentagonPoints } from '../shapes';
import type { BoxShape } from './types';

/** Arrowhead size as drawn (length along the arrow, half its width): labels keep off it. */
const ARROWHEAD = { length: 5.5, halfWidth: 2.2 };

/** `r` grown by `d` on every side. */
export function grow(r: Rect, d: number): Rect {
  return { x: r.x - d, y: r.y - d, width: r.width + 2 * d, height: r.height + 2 * d };
}

/** Whether two rects share some interior. */
export function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the axis-aligned segment a–b enters the open interior of `r`. */
export function segmentMeets(a: Point, b: Point, r: Rect): boolean {
  return (
    Math.max(a.x, b.x) > r.x &&
    Math.min(a.x, b.x) < r.x + r.width &&
    Math.max(a.y, b.y) > r.y &&
    Math.min(a.y, b.y) < r.y + r.height
  );
}

/** The axis-aligned box a straight segment from `a` to `b` covers (zero-thick for orthogonal ones). */
export function segmentRect(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** Distance from `p` to the nearest point of `r` (0 inside). */
export function pointToRect(p: Point, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width));
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height));
  return Math.hypot(dx, dy);
}

/**
 * A test of whether a rect meets a convex polygon (separating axes: the rect's
 * two and the polygon's edge normals), with the polygon's side prepared once.
 */
function convexMeeter(poly: Point[]): (r: Rect) => boolean {
  const axes = poly.map((a, i) => {
    const b = poly[(i + 1) % poly.length]!;
    const n = { x: b.y - a.y, y: a.x - b.x };
    const proj = poly.map((p) => p.x * n.x + p.y * n.y);
    return { n, min: Math.min(...proj) + 1e-9, max: Math.max(...proj) - 1e-9 };
  });
  const xs = poly.map((p) => p.x);
  const ys = poly.map((p) => p.y);
  const box = {
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    y0: Math.min(...ys),
    y1: Math.max(...ys),
  };
  return (r) => {
    if (r.x + r.width <= box.x0 + 1e-9 || r.x >= box.x1 - 1e-9) return false;
    if (r.y + r.height <= box.y0 + 1e-9 || r.y >= box.y1 - 1e-9) return false;
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    for (const { n, min, max } of axes) {
      const centre = cx * n.x + cy * n.y;
      const reach = (r.width / 2) * Math.abs(n.x) + (r.height / 2) * Math.abs(n.y);
      if (centre + reach <= min || centre - reach >= max) return false;
    }
    return true;
  };
}

/** A test of whether a rect meets a box's drawn outline (rectangle, diamond, pentagon or capsule). */
export function shapeMeeter(shape: BoxShape, box: Rect): (r: Rect) => boolean {
  switch (shape) {
    case 'process':
      return (r) => rectsMeet(r, box);
    case 'decision': {
      const meets = convexMeeter(diamondPoints(box));
      return (r) => rectsMeet(r, box) && meets(r);
    }
    case 'connector': {
      const meets = convexMeeter(pentagonPoints(box));
      return (r) => rectsMeet(r, box) && meets(r);
    }
    case 'terminator': {
      // A capsule is its core segment grown by the radius.
      const rad = capsuleRadius(box);
      const wide = box.width >= box.height;
      const core: Rect = wide
        ? { x: box.x + rad, y: box.y + box.height / 2, width: box.width - 2 * rad, height: 0 }
        : { x: box.x + box.width / 2, y: box.y + rad, width: 0, height: box.height - 2 * rad };
      return (r) => {
        if (!rectsMeet(r, box)) return false;
        const dx = Math.max(core.x - (r.x + r.width), 0, r.x - (core.x + core.width));
        const dy = Math.max(core.y - (r.y + r.height), 0, r.y - (core.y + core.height));
        return Math.hypot(dx, dy) < rad;
      };
    }
  }
}

/** Whether a rect meets a box's drawn outline (rectangle, diamond, pentagon or capsule). */
export function meetsShape(r: Rect, shape: BoxShape, box: Rect): boolean {
  return shapeMeeter(shape, box)(r);
}

/** The rect an arrowhead covers at the end of a route. */
export function arrowheadRect(route: Route): Rect | null {
  const n = route.points.length;
  if (!route.arrowhead || n < 2) return null;
  const tip = route.points[n - 1]!;
  const prev = route.points[n - 2]!;
  // (Coordinates computed two ways may differ by rounding: that is no direction.)
  const direction = (d: number): number => (Math.abs(d) < 1e-6 ? 0 : Math.sign(d));
  const ux = direction(tip.x - prev.x);
  const uy = direction(tip.y - prev.y);
  const base = { x: tip.x - ux * ARROWHEAD.length, y: tip.y - uy * ARROWHEAD.length };
  const w = ARROWHEAD.halfWidth;
  const x1 = Math.min(tip.x, base.x) - (uy !== 0 ? w : 0);
  const x2 = Math.max(tip.x, base.x) + (uy !== 0 ? w : 0);
  const y1 = Math.min(tip.y, base.y) - (ux !== 0 ? w : 0);
  const y2 = Math.max(tip.y, base.y) + (ux !== 0 ? w : 0);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
