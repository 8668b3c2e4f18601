import type { Point, Rect } from '../geometry';
import { capsuleRadius } from '../shapes';
import type { Side } from './search';
import type { BoxShape } from './types';

/**
 * Where an arrow leaving (or entering) a box by `side` meets its outline: at the
 * side's vertex for `offset` 0, else offsetDistance away from it towards one end,
 * on the slanted edge of a diamond or the round end of a capsule. Offset ports let
 * a symbol with more exits than free sides start each from its own point.
 */
export function outlinePoint(
  shape: BoxShape,
  r: Rect,
  side: Side,
  offset: -1 | 0 | 1,
  pitch: number,
): Point {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const vertical = side === 'top' || side === 'bottom';
  const sign = side === 'bottom' || side === 'right' ? 1 : -1;
  const d = offset === 0 ? 0 : offset * (offsetDistance(r, vertical, pitch) ?? 0);
  if (vertical) return { x: cx + d, y: cy + sign * halfDepth(shape, r, Math.abs(d), true) };
  return { x: cx + sign * halfDepth(shape, r, Math.abs(d), false), y: cy + d };
}

/**
 * How far an offset port sits from its side's vertex: a quarter of the box, at
 * least a lane pitch (so its arrow keeps clear of the vertex's), and inside the
 * box; null when the box is too small for one.
 */
export function offsetDistance(r: Rect, vertical: boolean, pitch: number): number | null {
  const half = vertical ? r.width / 2 : r.height / 2;
  const d = Math.max(half / 2, pitch);
  return d <= half - 0.5 ? d : null;
}

/**
 * Distance from the centre line to the outline at `off` from the centre, measured
 * vertically (for top/bottom) or horizontally (for left/right).
 */
function halfDepth(shape: BoxShape, r: Rect, off: number, vertical: boolean): number {
  const half = vertical ? r.height / 2 : r.width / 2;
  const across = vertical ? r.width / 2 : r.height / 2;
  if (off === 0 || shape === 'process' || shape === 'connector') return half;
  if (shape === 'decision') return half * (1 - off / across);
  // Capsule: flat top and bottom, round ends.
  const rad = capsuleRadius(r);
  if (vertical) {
    const flat = r.width / 2 - rad;
    if (off <= flat) return half;
    return Math.sqrt(Math.max(0, rad * rad - (off - flat) ** 2));
  }
  return r.width / 2 - rad + Math.sqrt(Math.max(0, rad * rad - off * off));
}
