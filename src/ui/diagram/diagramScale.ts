import type { Point } from '../../layout/geometry';

/**
 * Canvas units per sheet point. The sheet's symbols are small (about 30 pt wide, as
 * agencies print them); at zoom 1 the canvas shows them twice as large, a comfortable
 * size to grab, while every position stays the sheet's own, scaled.
 */
export const PX_PER_PT = 2;

/** A sheet point in canvas units. */
export function toCanvas(p: Point): Point {
  return { x: p.x * PX_PER_PT, y: p.y * PX_PER_PT };
}

/** A canvas position in sheet points. */
export function toSheet(p: Point): Point {
  return { x: p.x / PX_PER_PT, y: p.y / PX_PER_PT };
}
