import type { Point, Rect, Route } from '../geometry';
import { bandsAcross } from './buckets';
import { pointToRect, segmentRect, shapeMeeter } from './labelSpace';
import type { RoutingArea } from './types';

/** What a label must keep clear of, near one exit. */
export interface SweepScene {
  area: RoutingArea;
  boxes: RoutingArea['boxes'];
  /** Every arrow near the exit, its own included. */
  routes: Route[];
  heads: Rect[];
  labels: Rect[];
}

/** A label's size, the exit it belongs to and the margins it keeps. */
export interface SweepLabel {
  route: Route;
  width: number;
  height: number;
  /** Farthest the text may be from its arrow's start. */
  reach: number;
  /** How much nearer its own arrow's start must be than any other's. */
  nearer: number;
  /** Text to arrows, symbols, table lines and other labels. */
  clear: number;
  /** Text to its own first segment (0: it may touch it). */
  ownGap?: number;
  /** Grid step of the places tried, in points. */
  step: number;
}

/**
 * The free place nearest its exit's start for a label, searched over every
 * place within reach on a fine grid, one table cell at a time: a place is
 * free when it stays inside its cell, meets no symbol, arrowhead, label or
 * arrow (its own first segment may touch it), and its own arrow's start is
 * nearer to it than any other's. Each obstacle blocks the places it meets at
 * once (a rect of top-left corners), so the cost grows with the obstacles
 * near the exit, not with the places tried. Null when there is none.
 */
export function nearestFreePlace(
  label: SweepLabel,
  scene: SweepScene,
  tally: { work: number } = { work: 0 },
): Rect | null {
  const { route, width, height, reach, clear } = label;
  const start = route.points[0];
  if (!start) return null;
  let best: { box: Rect; d: number } | null = null;
  for (const column of scene.area.columns) {
    const x0 = Math.max(start.x - reach - width, column.left + clear);
    const x1 = Math.min(start.x + reach, column.right - clear - width);
    if (x0 > x1) continue;
    // Only the bands within reach can hold a place (in page order, as if all were tried).
    for (const k of bandsAcross(scene.area.bands, start.y - reach - height, start.y + reach)) {
      const band = scene.area.bands[k]!;
      const y0 = Math.max(start.y - reach - height, band.top + clear);
      const y1 = Math.min(start.y + reach, band.bottom - clear - height);
      if (y0 > y1) continue;
      const found = sweepCell(label, scene, start, { x0, x1, y0, y1 }, best?.d ?? reach, tally);
      if (found && (!best || found.d < best.d)) best = found;
    }
  }
  return best?.box ?? null;
}

/**
 * Corners swept for one unit of work (the time of one search expansion, about):
 * each corner is blocked, measured and sorted.
 */
const SWEEP_CORNERS_PER_WORK = 8;

interface Span {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The nearest free place whose top-left corner lies in `span` (one cell), no farther than `limit`. */
function sweepCell(
  label: SweepLabel,
  scene: SweepScene,
  start: Point,
  span: Span,
  limit: number,
  tally: { work: number },
): { box: Rect; d: number } | null {
  const { width, height, clear, step, route: own } = label;
  const nx = Math.floor((span.x1 - span.x0) / step + 1e-9) + 1;
  const ny = Math.floor((span.y1 - span.y0) / step + 1e-9) + 1;
  // Its cost grows with the corners and the obstacles near them (SWEEP_WORK).
  const obstacles = scene.boxes.length + scene.heads.length + scene.labels.length;
  const segments = scene.routes.reduce((sum, r) => sum + r.points.length, 0);
  tally.work += (nx * ny) / SWEEP_CORNERS_PER_WORK + obstacles + segments;
  const blocked = new Uint8Array(nx * ny);
  const cx = (i: number): number => span.x0 + i * step;
  const cy = (j: number): number => span.y0 + j * step;
  const boxAt = (i: number, j: number): Rect => ({ x: cx(i), y: cy(j), width, height });
  const corner: Rect = { x: 0, y: 0, width, height };
  // Blocks every corner strictly inside the open rect (xa, xb) × (ya, yb), or
  // tests each of them when the obstacle is not a plain rect.
  const block = (
    xa: number,
    xb: number,
    ya: number,
    yb: number,
    meets?: (box: Rect) => boolean,
  ): void => {
    const i0 = Math.max(0, Math.floor((xa - span.x0) / step) + 1);
    const i1 = Math.min(nx - 1, Math.ceil((xb - span.x0) / step) - 1);
    const j0 = Math.max(0, Math.floor((ya - span.y0) / step) + 1);
    const j1 = Math.min(ny - 1, Math.ceil((yb - span.y0) / step) - 1);
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const k = j * nx + i;
        if (blocked[k]) continue;
        const x = cx(i);
        const y = cy(j);
        if (x <= xa || x >= xb || y <= ya || y >= yb) continue;
        if (!meets) {
          blocked[k] = 1;
          continue;
        }
        // One rect reused for every corner tested: the tests only read it.
        corner.x = x;
        corner.y = y;
        if (meets(corner)) blocked[k] = 1;
      }
    }
  };
  const around = (r: Rect, d: number, meets?: (box: Rect) => boolean): void =>
    block(r.x - d - width, r.x + r.width + d, r.y - d - height, r.y + r.height + d, meets);

  const grown: Rect = { x: 0, y: 0, width: width + 2 * clear, height: height + 2 * clear };
  for (const b of scene.boxes) {
    const meets = shapeMeeter(b.shape ?? 'process', b.rect);
    // The corner's box grown by `clear` (as grow() would make it, without a new rect each time).
    around(b.rect, clear, (box) => {
      grown.x = box.x - clear;
      grown.y = box.y - clear;
      return meets(grown);
    });
  }
  for (const h of scene.heads) around(h, Math.min(clear, 0.5));
  for (const l of scene.labels) around(l, clear);
  for (const r of scene.routes) {
    for (let k = 1; k < r.points.length; k++) {
      const a = r.points[k - 1]!;
      const b = r.points[k]!;
      const seg = segmentRect(a, b);
      around(seg, r === own && k === 1 ? (label.ownGap ?? 0) : clear);
    }
  }

  // The nearest free corner that is nearer its own start than any other's (the
  // first in row order among equally near ones): one pass, no sorting.
  const starts = scene.routes.flatMap((r) => (r === own || !r.points[0] ? [] : [r.points[0]]));
  let best: { box: Rect; d: number } | null = null;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (blocked[j * nx + i]) continue;
      const box = boxAt(i, j);
      const d = pointToRect(start, box);
      if (d > limit || (best && d >= best.d)) continue;
      if (starts.every((p) => pointToRect(p, box) > d + label.nearer)) best = { box, d };
    }
  }
  return best;
}
