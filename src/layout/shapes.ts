import type { Point, Rect } from './geometry';

/**
 * Outlines of the sheet's symbols, shared by layout (arrow ends), renderers and
 * the invariant checks so that an arrow tip drawn on the outline touches it.
 */

/** The diamond of a decision: top, right, bottom, left vertices. */
export function diamondPoints(r: Rect): Point[] {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  return [
    { x: cx, y: r.y },
    { x: r.x + r.width, y: cy },
    { x: cx, y: r.y + r.height },
    { x: r.x, y: cy },
  ];
}

/** Fraction of an off-page connector's height taken by its straight sides. */
export const PENTAGON_SHOULDER = 0.6;

/** The off-page connector: a pentagon pointing down, flat top, straight sides down to the shoulder. */
export function pentagonPoints(r: Rect): Point[] {
  const shoulder = r.y + r.height * PENTAGON_SHOULDER;
  return [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: shoulder },
    { x: r.x + r.width / 2, y: r.y + r.height },
    { x: r.x, y: shoulder },
  ];
}

/** Corner radius of a terminator's capsule: fully round ends. */
export function capsuleRadius(r: Rect): number {
  return Math.min(r.width, r.height) / 2;
}
