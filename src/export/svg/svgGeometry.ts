/**
 * Geometry → SVG attribute values, shared by the sheet preview. The shapes and
 * stroke weights come from the PDF drawing code so preview and PDF agree.
 */
import type { Point, TextAlign } from '../../layout/geometry';
import { ARROW } from '../pdf/shapes';

/** Points as an SVG `points` attribute ("x,y x,y …"), rounded to 1/100 pt. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

/** The SVG `text-anchor` for a geometry text alignment. */
export function textAnchor(align: TextAlign): 'start' | 'middle' | 'end' {
  switch (align) {
    case 'left':
      return 'start';
    case 'center':
      return 'middle';
    case 'right':
      return 'end';
    default: {
      const unknown: never = align;
      throw new Error(`Unknown text alignment ${String(unknown)}`);
    }
  }
}

/**
 * The filled arrowhead triangle whose tip is the polyline's last point, pointing
 * along the last segment; null when the last segment has no length.
 */
export function arrowheadPoints(points: readonly Point[]): Point[] | null {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return null;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return null;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const baseX = tip.x - ux * ARROW.length;
  const baseY = tip.y - uy * ARROW.length;
  return [
    { x: tip.x, y: tip.y },
    { x: baseX - uy * ARROW.halfWidth, y: baseY + ux * ARROW.halfWidth },
    { x: baseX + uy * ARROW.halfWidth, y: baseY - ux * ARROW.halfWidth },
  ];
}

/**
 * Pulls the last point back by `by` (never past the previous point) so the
 * stroke ends under the arrowhead instead of poking through its sharp tip.
 */
export function shortenEnd(points: readonly Point[], by: number): Point[] {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return [...points];
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length <= by) return [...points.slice(0, -1)];
  const t = (length - by) / length;
  return [
    ...points.slice(0, -1),
    { x: from.x + (tip.x - from.x) * t, y: from.y + (tip.y - from.y) * t },
  ];
}

/** How much of a route's last segment the arrowhead covers. */
export const ARROW_OVERLAP = ARROW.length - 0.6;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
