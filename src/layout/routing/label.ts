import type { Point, Route } from '../geometry';
import { ROUTE_LABEL_FONT } from './types';

const GAP = 2;

/**
 * Places a flow's label beside the start of its first segment, on the side
 * the arrow does not turn towards (above or below a sideways exit, right or
 * left of a downward one), so that it reads as belonging to this exit only.
 */
export function routeLabel(text: string, points: Point[]): NonNullable<Route['label']> {
  const a = points[0]!;
  const b = points[1] ?? a;
  const c = points[2];
  if (Math.abs(a.y - b.y) < 1e-9 && a.x !== b.x) {
    const right = b.x > a.x;
    // On the side of the exit the arrow does not turn to.
    const below = c !== undefined && c.y < b.y;
    return {
      text,
      x: a.x + (right ? GAP : -GAP),
      y: below ? a.y + GAP + ROUTE_LABEL_FONT * 0.75 : a.y - GAP,
      align: right ? 'left' : 'right',
    };
  }
  const down = b.y >= a.y;
  const left = c !== undefined && c.x > b.x;
  return {
    text,
    x: a.x + (left ? -GAP : GAP),
    y: down ? a.y + ROUTE_LABEL_FONT * 0.75 + GAP : a.y - GAP,
    align: left ? 'right' : 'left',
  };
}
