import type { Point, Rect } from '../geometry';
import type { RoutingGrid } from './grid';
import { USE_H, USE_TURN, USE_V, type JoinSet, type Occupancy } from './search';

// Paths on the routing grid once found: their nodes as points, the edges and
// nodes they take, where later arrows into the same target may join them, and
// the polyline drawn. Kept apart from routeFlows.ts, which decides the order
// and ports of each search.

/** An arrow already routed on the grid, which later arrows into the same target may join. */
export interface Routed {
  targetId: string;
  nodes: number[];
  end: Point;
}

/** The page point of a grid node. */
export function nodePoint(grid: RoutingGrid, n: number): Point {
  return { x: grid.xs[n % grid.nx]!, y: grid.ys[Math.floor(n / grid.nx)]! };
}

/** Marks a path's edges as taken and its nodes as crossed straight or turned at. */
export function occupy(grid: RoutingGrid, occ: Occupancy, nodes: number[]): void {
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    const prev = nodes[k - 1];
    const next = nodes[k + 1];
    if (next !== undefined) {
      if (horizontal(grid, n, next)) occ.usedH[Math.min(n, next)] = 1;
      else occ.usedV[Math.min(n, next)] = 1;
    }
    if (prev === undefined || next === undefined) {
      occ.node[n]! |= USE_TURN;
      continue;
    }
    const inH = horizontal(grid, prev, n);
    const outH = horizontal(grid, n, next);
    occ.node[n]! |= inH !== outH ? USE_TURN : inH ? USE_H : USE_V;
  }
}

function horizontal(grid: RoutingGrid, a: number, b: number): boolean {
  return Math.floor(a / grid.nx) === Math.floor(b / grid.nx);
}

/** No earlier arrows to join: a fresh set to add them to. */
export function noJoins(): JoinSet {
  return { byNode: new Map(), nodes: [], joinedMoving: new Map() };
}

/**
 * Adds the nodes of an arrow just routed into a target (after its first bend) to
 * the points later arrows into that target may join; nodes already there keep the
 * earlier arrow's. A clean join meets its final leg (from its last bend to its
 * head) across, or its last bend in the leg's own direction: `enter` says which
 * directions those are, and is 0 on the earlier legs. Joining an earlier leg, or
 * meeting one head-on, reads as one line carrying two opposite flows: the search
 * does that only as a last resort. Kept up arrow by arrow, as a target with
 * hundreds of arrows would otherwise have its points gathered again for each.
 */
export function addJoinPoints(grid: RoutingGrid, joins: JoinSet, r: Routed): void {
  const last = r.nodes.length - 1;
  if (last < 1) return;
  const point = (k: number): Point => nodePoint(grid, r.nodes[k]!);
  const leg = directionOf(point(last), r.end) ?? directionOf(point(last - 1), point(last));
  if (leg === null) return;
  let bend = last;
  while (bend > 0 && directionOf(point(bend - 1), point(bend)) === leg) bend--;
  const firstTurn = r.nodes.findIndex((_n, k) => k > 0 && k < last && isTurn(r.nodes, k, grid));
  const across = leg < 2 ? (1 << 2) | (1 << 3) : (1 << 0) | (1 << 1);
  let remaining = Math.abs(r.end.x - point(last).x) + Math.abs(r.end.y - point(last).y);
  for (let k = last; k >= Math.max(1, firstTurn); k--) {
    const node = r.nodes[k]!;
    if (!joins.byNode.has(node)) {
      const enter = k > bend ? across : k === bend ? 1 << leg : 0;
      const arrival = directionOf(point(k - 1), point(k));
      joins.byNode.set(node, {
        nodes: r.nodes,
        index: k,
        remaining,
        order: joins.nodes.length,
        enter,
        against: arrival === null ? -1 : REVERSE_DIR[arrival],
      });
      joins.nodes.push(node);
    }
    const a = point(k);
    const b = point(Math.max(0, k - 1));
    remaining += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
}

const REVERSE_DIR = [1, 0, 3, 2] as const;

function isTurn(nodes: number[], k: number, grid: RoutingGrid): boolean {
  return horizontal(grid, nodes[k - 1]!, nodes[k]!) !== horizontal(grid, nodes[k]!, nodes[k + 1]!);
}

/** The search's direction (0 right, 1 left, 2 down, 3 up) from `a` to `b`, null when they coincide. */
function directionOf(a: Point, b: Point): 0 | 1 | 2 | 3 | null {
  if (Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9) return null;
  if (Math.abs(a.y - b.y) < 1e-9) return b.x > a.x ? 0 : 1;
  return b.y > a.y ? 2 : 3;
}

/** Drops repeated points and points in the middle of straight runs. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-9 && Math.abs(last.y - p.y) < 1e-9) continue;
    const before = out[out.length - 2];
    if (before && last) {
      const sameX = Math.abs(before.x - last.x) < 1e-9 && Math.abs(last.x - p.x) < 1e-9;
      const sameY = Math.abs(before.y - last.y) < 1e-9 && Math.abs(last.y - p.y) < 1e-9;
      if (sameX || sameY) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** How far a plain route's loop stands off a box. */
const PLAIN_GAP = 6;

/**
 * A plain orthogonal path from one box to another for a flow the router gave
 * up on (its work budget spent, or no path at all): down and across into the
 * top of a box below, out of a side and into the bottom of a box above, side
 * to side within a row. It leaves and enters only at side vertices, which lie
 * on every outline, and ignores every other symbol and arrow.
 */
export function plainRoute(a: Rect, b: Rect): Point[] {
  const acx = a.x + a.width / 2;
  const acy = a.y + a.height / 2;
  const bcx = b.x + b.width / 2;
  const bcy = b.y + b.height / 2;
  const aBottom = a.y + a.height;
  const bBottom = b.y + b.height;
  const right = bcx >= acx;
  const aSide = right ? a.x + a.width : a.x;
  if (a === b || (a.x === b.x && a.y === b.y)) {
    // Into itself: round its bottom right corner and back up into its bottom.
    const x = a.x + a.width + PLAIN_GAP;
    const y = aBottom + PLAIN_GAP;
    return [
      { x: a.x + a.width, y: acy },
      { x, y: acy },
      { x, y },
      { x: acx, y },
      { x: acx, y: aBottom },
    ];
  }
  if (b.y >= aBottom) {
    const y = (aBottom + b.y) / 2;
    return simplify([
      { x: acx, y: aBottom },
      { x: acx, y },
      { x: bcx, y },
      { x: bcx, y: b.y },
    ]);
  }
  if (bBottom <= a.y) {
    if (Math.abs(bcx - acx) < 0.5) {
      // One column: up a lane beside both boxes, into the side.
      const x = Math.max(a.x + a.width, b.x + b.width) + PLAIN_GAP;
      return [
        { x: a.x + a.width, y: acy },
        { x, y: acy },
        { x, y: bcy },
        { x: b.x + b.width, y: bcy },
      ];
    }
    return [
      { x: aSide, y: acy },
      { x: bcx, y: acy },
      { x: bcx, y: bBottom },
    ];
  }
  const bSide = right ? b.x : b.x + b.width;
  const x = (aSide + bSide) / 2;
  return simplify([
    { x: aSide, y: acy },
    { x, y: acy },
    { x, y: bcy },
    { x: bSide, y: bcy },
  ]);
}
