import type { Point, Route } from '../geometry';
import { ROUTE_LABEL_FONT } from './types';

const GAP = 2;

/**
 * Places a flow's label beside the start of its first segment: above a
 * sideways exit (on the side it leaves by), right of a downward or upward one,
 * so that it reads as belonging to this exit and no other.
 */
export function routeLabel(text: string, points: Point[]): NonNullable<Route['label']> {
  const a = points[0]!;
  const b = points[1] ?? a;
  if (Math.abs(a.y - b.y) < 1e-9 && a.x !== b.x) {
    const right = b.x > a.x;
    return { text, x: a.x + (right ? GAP : -GAP), y: a.y - GAP, align: right ? 'left' : 'right' };
  }
  const down = b.y >= a.y;
  return {
    text,
    x: a.x + GAP,
    y: down ? a.y + ROUTE_LABEL_FONT + GAP / 2 : a.y - GAP,
    align: 'left',
  };
}
