import type { Rect } from '../geometry';
import { bandsAcross } from './buckets';
import { offsetDistance } from './portPoint';
import { ROUTING_STYLE, lanePitch, type RoutingArea } from './types';

/**
 * The orthogonal routing grid of a page: candidate x lines (column centres and
 * lanes beside the symbols) and y lines (symbol centres and tracks in the gaps
 * between rows), with the edges that would touch a symbol removed.
 * Node `j * nx + i` is (xs[i], ys[j]); edge arrays are indexed by their first node.
 */
export interface RoutingGrid {
  xs: number[];
  ys: number[];
  nx: number;
  /** Preference of each line: 0 best; travel along a line costs more with rank. */
  xRank: number[];
  yRank: number[];
  blockedH: Uint8Array;
  blockedV: Uint8Array;
  /** Expanded symbol rects: what an arrow must keep clear of. */
  obstacles: Rect[];
  /** The obstacles in order of their tops, to find those a short stub could meet without trying all. */
  byTop: { order: Int32Array; tops: Float64Array; tallest: number };
  pitch: number;
}

/**
 * Builds the routing grid of a page; boxes in `offsetPorts` get lines through
 * their offset ports too, and `extraYs` adds horizontal lines.
 */
export function buildGrid(
  area: RoutingArea,
  offsetPorts: ReadonlySet<string> = new Set(),
  extraYs: readonly number[] = [],
): RoutingGrid {
  const s = area.scale;
  const pitch = Math.min(lanePitch(s), area.pitch ?? Infinity);
  const lineGap = Math.min(ROUTING_STYLE.lineGap, pitch);
  const clearance = Math.max(1, ROUTING_STYLE.clearance * s);
  const xLines = new Map<number, number>();
  const yLines = new Map<number, number>();
  const addLine = (lines: Map<number, number>, v: number, rank: number): void => {
    lines.set(v, Math.min(rank, lines.get(v) ?? Infinity));
  };

  for (const column of area.columns) {
    const centre = (column.left + column.right) / 2;
    addLine(xLines, centre, 0);
    const inColumn = area.boxes.filter(
      (b) => b.rect.x >= column.left && b.rect.x + b.rect.width <= column.right,
    );
    const half = Math.max(0, ...inColumn.map((b) => b.rect.width / 2));
    for (let k = 1; k <= ROUTING_STYLE.maxLanesPerSide; k++) {
      const offset = half + k * pitch;
      if (centre + offset > column.right - lineGap) break;
      const near = centre + offset > column.right - ROUTING_STYLE.gridClearance;
      const rank = near ? k + ROUTING_STYLE.nearLineRank : k;
      addLine(xLines, centre + offset, rank);
      addLine(xLines, centre - offset, rank);
    }
  }

  for (const box of area.boxes) {
    const r = box.rect;
    addLine(yLines, r.y + r.height / 2, 0);
    if (!offsetPorts.has(box.id)) continue;
    const dx = offsetDistance(r, true, pitch);
    const dy = offsetDistance(r, false, pitch);
    for (const k of [-1, 1]) {
      if (dx !== null) addLine(xLines, r.x + r.width / 2 + k * dx, 2);
      if (dy !== null) addLine(yLines, r.y + r.height / 2 + k * dy, 2);
    }
  }
  for (const y of extraYs) addLine(yLines, y, 1);
  addStackGaps(area, clearance, addLine.bind(null, yLines));
  addTracks(area, pitch, lineGap, clearance, addLine.bind(null, yLines));

  const xs = mergeClose(xLines);
  const ys = mergeClose(yLines);
  const nx = xs.length;
  const blockedH = new Uint8Array(nx * ys.length);
  const blockedV = new Uint8Array(nx * ys.length);
  const obstacles = area.boxes.map((b) => ({
    x: b.rect.x - clearance,
    y: b.rect.y - clearance,
    width: b.rect.width + 2 * clearance,
    height: b.rect.height + 2 * clearance,
  }));
  for (const o of obstacles) blockRect(xs, ys, blockedH, blockedV, o);
  const order = Int32Array.from(obstacles.keys()).sort((a, b) => obstacles[a]!.y - obstacles[b]!.y);
  const byTop = {
    order,
    tops: Float64Array.from(order, (k) => obstacles[k]!.y),
    tallest: obstacles.reduce((m, o) => Math.max(m, o.height), 0),
  };
  return {
    xs,
    ys,
    nx,
    xRank: xs.map((x) => xLines.get(x) ?? 0),
    yRank: ys.map((y) => yLines.get(y) ?? 0),
    blockedH,
    blockedV,
    obstacles,
    byTop,
    pitch,
  };
}

/**
 * Whether some obstacle other than `own` has interior rows between y0 and y1
 * and passes `hits`: only those whose tops lie within the tallest obstacle's
 * height above y1 are tried (a page of symbols has thousands of them).
 */
export function someObstacleNear(
  grid: RoutingGrid,
  y0: number,
  y1: number,
  own: Rect,
  hits: (o: Rect) => boolean,
): boolean {
  const { order, tops, tallest } = grid.byTop;
  // The first top that could still reach down past y0 …
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! < y0 - tallest) lo = mid + 1;
    else hi = mid;
  }
  // … up to the last top above y1.
  for (let k = lo; k < tops.length && tops[k]! <= y1; k++) {
    const o = grid.obstacles[order[k]!]!;
    if (o !== own && hits(o)) return true;
  }
  return false;
}

/** Blocks every grid edge that enters the open interior of `o`. */
function blockRect(
  xs: number[],
  ys: number[],
  blockedH: Uint8Array,
  blockedV: Uint8Array,
  o: Rect,
): void {
  const nx = xs.length;
  // Horizontal edges on y lines strictly inside the rect, overlapping it in x.
  for (let j = firstAbove(ys, o.y); j < ys.length && ys[j]! < o.y + o.height; j++) {
    for (let i = Math.max(0, firstAbove(xs, o.x) - 1); i < nx - 1 && xs[i]! < o.x + o.width; i++) {
      if (xs[i + 1]! > o.x) blockedH[j * nx + i] = 1;
    }
  }
  for (let i = firstAbove(xs, o.x); i < nx && xs[i]! < o.x + o.width; i++) {
    for (
      let j = Math.max(0, firstAbove(ys, o.y) - 1);
      j < ys.length - 1 && ys[j]! < o.y + o.height;
      j++
    ) {
      if (ys[j + 1]! > o.y) blockedV[j * nx + i] = 1;
    }
  }
}

/** The grid with the edges through `rects` blocked too (room kept for labels). */
export function withKeepOut(grid: RoutingGrid, rects: Rect[]): RoutingGrid {
  const blockedH = grid.blockedH.slice();
  const blockedV = grid.blockedV.slice();
  for (const r of rects) blockRect(grid.xs, grid.ys, blockedH, blockedV, r);
  return { ...grid, blockedH, blockedV };
}

/** Sorted line positions, lines closer than a hair merged (a port must sit exactly on its line). */
function mergeClose(lines: Map<number, number>): number[] {
  const sorted = [...lines.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && v - last < 0.01) {
      lines.set(last, Math.min(lines.get(last) ?? 0, lines.get(v) ?? 0));
      continue;
    }
    out.push(v);
  }
  return out;
}

/** Index of the line nearest `v`, or -1 when none is within a hair of it. */
export function lineAt(values: number[], v: number): number {
  const i = firstAbove(values, v);
  for (const k of [i - 1, i]) {
    const value = values[k];
    if (value !== undefined && Math.abs(value - v) < 0.05) return k;
  }
  return -1;
}

/** Index of the first value strictly greater than `v` in an ascending array. */
export function firstAbove(values: number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A line between two symbols stacked in one cell, so an arrow can pass between them. */
function addStackGaps(
  area: RoutingArea,
  clearance: number,
  add: (y: number, rank: number) => void,
): void {
  const byColumn = new Map<number, Rect[]>();
  for (const box of area.boxes) {
    const key = Math.round(box.rect.x + box.rect.width / 2);
    const column = byColumn.get(key);
    if (column) column.push(box.rect);
    else byColumn.set(key, [box.rect]);
  }
  for (const rects of byColumn.values()) {
    rects.sort((a, b) => a.y - b.y);
    for (let k = 1; k < rects.length; k++) {
      const upper = rects[k - 1]!;
      const lower = rects[k]!;
      const bottom = lower.y + lower.height;
      const inOneBand = bandsAcross(area.bands, upper.y, bottom).some((k) => {
        const b = area.bands[k]!;
        return b.top <= upper.y && b.bottom >= bottom;
      });
      if (inOneBand && lower.y - (upper.y + upper.height) > 2 * clearance) {
        add((upper.y + upper.height + lower.y) / 2, 0);
      }
    }
  }
}

/**
 * Tracks for horizontal runs in the free space around each table line between
 * rows, preferring the middle of the space below the upper row's symbols, never
 * on the table line itself.
 */
function addTracks(
  area: RoutingArea,
  pitch: number,
  lineGap: number,
  clearance: number,
  add: (y: number, rank: number) => void,
): void {
  const bands = area.bands;
  if (bands.length === 0) return;
  // The boxes by their tops, so each band finds its own without trying all.
  const rects = area.boxes.map((b) => b.rect).sort((a, b) => a.y - b.y);
  const boxesIn = (top: number, bottom: number): Rect[] => {
    let lo = 0;
    let hi = rects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rects[mid]!.y < top) lo = mid + 1;
      else hi = mid;
    }
    const out: Rect[] = [];
    for (let k = lo; k < rects.length && rects[k]!.y <= bottom; k++) {
      const r = rects[k]!;
      if (r.y + r.height <= bottom) out.push(r);
    }
    return out;
  };
  const lowestBottom = (i: number): number => {
    const band = bands[i]!;
    return Math.max(
      band.top + lineGap,
      ...boxesIn(band.top, band.bottom).map((r) => r.y + r.height + clearance + 1),
    );
  };
  const highestTop = (i: number): number => {
    const band = bands[i]!;
    return Math.min(
      band.bottom - lineGap,
      ...boxesIn(band.top, band.bottom).map((r) => r.y - clearance - 1),
    );
  };
  for (let i = 0; i <= bands.length; i++) {
    const line = i < bands.length ? bands[i]!.top : bands[i - 1]!.bottom;
    const from = i > 0 ? lowestBottom(i - 1) : line + lineGap;
    const to = i < bands.length ? highestTop(i) : line - lineGap;
    const ideal = line - from >= 2 * lineGap ? (from + line) / 2 : (line + to) / 2;
    let rank = 0;
    for (
      let k = 0;
      k < 4 * ROUTING_STYLE.maxTracksPerGap && rank < ROUTING_STYLE.maxTracksPerGap;
      k++
    ) {
      const y = ideal + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * pitch;
      if (y < from || y > to || Math.abs(y - line) < lineGap) continue;
      if (Math.abs(y - line) < ROUTING_STYLE.gridClearance)
        add(y, rank + ROUTING_STYLE.nearLineRank);
      else add(y, rank++);
    }
  }
}
