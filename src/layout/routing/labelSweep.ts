import type { Point, Rect, Route } from '../geometry';
import { grow, pointToRect, segmentRect, shapeMeeter } from './labelSpace';
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
export function nearestFreePlace(label: SweepLabel, scene: SweepScene): Rect | null {
  const { route, width, height, reach, clear } = label;
  const start = route.points[0];
  if (!start) return null;
  let best: { box: Rect; d: number } | null = null;
  for (const column of scene.area.columns) {
    const x0 = Math.max(start.x - reach - width, column.left + clear);
    const x1 = Math.min(start.x + reach, column.right - clear - width);
    if (x0 > x1) continue;
    for (const band of scene.area.bands) {
      const y0 = Math.max(start.y - reach - height, band.top + clear);
      const y1 = Math.min(start.y + reach, band.bottom - clear - height);
      if (y0 > y1) continue;
      const found = sweepCell(label, scene, start, { x0, x1, y0, y1 }, best?.d ?? reach);
      if (found && (!best || found.d < best.d)) best = found;
    }
  }
  return best?.box ?? null;
}

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
): { box: Rect; d: number } | null {
  const { width, height, clear, step, route: own } = label;
  const nx = Math.floor((span.x1 - span.x0) / step + 1e-9) + 1;
  const ny = Math.floor((span.y1 - span.y0) / step + 1e-9) + 1;
  const blocked = new Uint8Array(nx * ny);
  const cx = (i: number): number => span.x0 + i * step;
  const cy = (j: number): number => span.y0 + j * step;
  const boxAt = (i: number, j: number): Rect => ({ x: cx(i), y: cy(j), width, height });
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
        if (!meets || meets(boxAt(i, j))) blocked[k] = 1;
      }
    }
  };
  const around = (r: Rect, d: number, meets?: (box: Rect) => boolean): void =>
    block(r.x - d - width, r.x + r.width + d, r.y - d - height, r.y + r.height + d, meets);

  for (const b of scene.boxes) {
    const meets = shapeMeeter(b.shape ?? 'process', b.rect);
    around(b.rect, clear, (box) => meets(grow(box, clear)));
  }
  for (const h of scene.heads) around(h, Math.min(clear, 0.5));
  for (const l of scene.labels) around(l, clear);
  for (const r of scene.routes) {
    for (let k = 1; k < r.points.length; k++) {
      const a = r.points[k - 1]!;
      const b = r.points[k]!;
      const seg = segmentRect(a, b);
      around(seg, r === own && k === 1 ? 0 : clear);
    }
  }

  // The free corners, nearest first, until one is nearer its own start than any other's.
  const free: { i: number; j: number; d: number }[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (blocked[j * nx + i]) continue;
      const d = pointToRect(start, boxAt(i, j));
      if (d <= limit) free.push({ i, j, d });
    }
  }
  free.sort((p, q) => p.d - q.d);
  const starts = scene.routes.flatMap((r) => (r === own || !r.points[0] ? [] : [r.points[0]]));
  for (const { i, j, d } of free) {
    const box = boxAt(i, j);
    if (starts.every((p) => pointToRect(p, box) > d + label.nearer)) return { box, d };
  }
  return null;
}
