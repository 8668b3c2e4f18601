import type { Point, Route } from '../geometry';
import { ROUTE_LABEL_FONT } from './types';

const GAP = 2;

/**
 * Places a flow's label beside the start of its first segment, on the side
 * the arrow does not turn towards (above or below a sideways exit, right or
 * left of a downward one), so that it reads as belonging to this exit only. An
 * exit that leaves beside a vertex (off the symbol's centre lines) keeps its
 * label on its outer side, away from the vertex's own exit.
 */
export function routeLabel(
  text: string,
  points: Point[],
  centre?: Point,
): NonNullable<Route['label']> {
  const a = points[0]!;
  const b = points[1] ?? a;
  const c = points[2];
  if (Math.abs(a.y - b.y) < 1e-9 && a.x !== b.x) {
    const right = b.x > a.x;
    // On the side of the exit the arrow does not turn to, or away from the centre line.
    const off = centre ? a.y - centre.y : 0;
    const below = Math.abs(off) > 0.01 ? off > 0 : c !== undefined && c.y < b.y;
    return {
      text,
      x: a.x + (right ? GAP : -GAP),
      y: below ? a.y + GAP + ROUTE_LABEL_FONT * 0.75 : a.y - GAP,
      align: right ? 'left' : 'right',
    };
  }
  const down = b.y >= a.y;
  const off = centre ? a.x - centre.x : 0;
  const left = Math.abs(off) > 0.01 ? off < 0 : c !== undefined && c.x > b.x;
  return {
    text,
    x: a.x + (left ? -GAP : GAP),
    y: down ? a.y + ROUTE_LABEL_FONT * 0.75 + GAP : a.y - GAP,
    align: left ? 'right' : 'left',
  };
}
