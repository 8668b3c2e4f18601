import type { Point, Rect } from '../geometry';
import { firstAbove, lineAt, type RoutingGrid } from './grid';
import { offsetDistance, outlinePoint } from './portPoint';
import { Scratch } from './scratch';
import type { BoxShape } from './types';

export type Side = 'top' | 'bottom' | 'left' | 'right';
/** Directions: 0 right (+x), 1 left, 2 down (+y), 3 up. */
type Dir = 0 | 1 | 2 | 3;
const OUTWARD: Record<Side, Dir> = { right: 0, left: 1, bottom: 2, top: 3 };
const REVERSE = [1, 0, 3, 2] as const;

/** Node use flags: another arrow runs straight through horizontally, vertically, or turns/ends here. */
export const USE_H = 1;
export const USE_V = 2;
export const USE_TURN = 4;

/** What earlier arrows of the page occupy. */
export interface Occupancy {
  usedH: Uint8Array;
  usedV: Uint8Array;
  node: Uint8Array;
  /** Nodes just outside a symbol's ports: other arrows avoid them so the port stays usable. */
  portFront: Uint8Array;
}

/** A port: a side, and 0 for its vertex or ±1 for a point a quarter of the box away from it. */
export interface PortSpec {
  side: Side;
  penalty: number;
  offset?: -1 | 0 | 1;
}

export interface EndSpec {
  rect: Rect;
  obstacle: Rect;
  shape?: BoxShape;
  ports: PortSpec[];
}

/** An earlier arrow into the same port that a new one may join. */
export interface JoinPoint {
  /** The earlier arrow's nodes; this node is `nodes[index]` (sliced only when joined). */
  nodes: number[];
  index: number;
  remaining: number;
}

export interface Found {
  nodes: number[];
  start: Point;
  startSide: Side;
  end: Point;
  endSide: Side | null;
  joined: number[] | null;
}

const COST = { bend: 14, cross: 40, join: 4, rank: 0.03, soft: 400, portFront: 30 };

interface Port {
  side: Side;
  penalty: number;
  point: Point;
  anchor: number;
  stub: number;
}

/** The grid node next to a port, outside its symbol, if the short stub to it is clear. */
function portOf(grid: RoutingGrid, end: EndSpec, spec: PortSpec, obstacles: Rect[]): Port | null {
  const { xs, ys, nx } = grid;
  const { side, penalty } = spec;
  const offset = spec.offset ?? 0;
  const vertical = side === 'top' || side === 'bottom';
  if (offset !== 0 && offsetDistance(end.rect, vertical, grid.pitch) === null) return null;
  const point = outlinePoint(end.shape ?? 'process', end.rect, side, offset, grid.pitch);
  const line = vertical ? lineAt(xs, point.x) : lineAt(ys, point.y);
  if (line < 0) return null;
  // A vertex sits on the box's edge; an offset point inside its rect: its stub
  // runs to the first line clear of the box's obstacle.
  const o = end.obstacle;
  const from = offset === 0 ? (vertical ? point.y : point.x) : null;
  let other: number;
  if (vertical) {
    other =
      side === 'top'
        ? firstAbove(ys, (from ?? o.y) - 1e-9) - 1
        : firstAbove(ys, from === null ? o.y + o.height - 1e-9 : from + 1e-9);
  } else {
    other =
      side === 'left'
        ? firstAbove(xs, (from ?? o.x) - 1e-9) - 1
        : firstAbove(xs, from === null ? o.x + o.width - 1e-9 : from + 1e-9);
  }
  if (other < 0 || other >= (vertical ? ys.length : nx)) return null;
  const anchorPoint = vertical ? { x: point.x, y: ys[other]! } : { x: xs[other]!, y: point.y };
  for (const b of obstacles) {
    if (b !== end.obstacle && segmentHits(point, anchorPoint, b)) return null;
  }
  const anchor = vertical ? other * nx + line : line * nx + other;
  const stub = Math.abs(anchorPoint.x - point.x) + Math.abs(anchorPoint.y - point.y);
  return { side, penalty, point, anchor, stub };
}

/** The grid nodes just outside each side of a symbol (where its arrows would start or end). */
export function portFronts(grid: RoutingGrid, end: EndSpec): number[] {
  const sides: Side[] = ['top', 'bottom', 'left', 'right'];
  return sides.flatMap((side) => portOf(grid, end, { side, penalty: 0 }, [])?.anchor ?? []);
}

/** Whether an axis-aligned segment enters the open interior of a rect. */
export function segmentHits(a: Point, b: Point, o: Rect): boolean {
  const x1 = Math.min(a.x, b.x);
  const x2 = Math.max(a.x, b.x);
  const y1 = Math.min(a.y, b.y);
  const y2 = Math.max(a.y, b.y);
  return x2 > o.x && x1 < o.x + o.width && y2 > o.y && y1 < o.y + o.height;
}

const scratch = new Scratch();

/**
 * Cheapest orthogonal path (length, bends, crossings) from one of the source's
 * ports to one of the target's ports or onto an earlier arrow into the same
 * port, between grid rows `j0`..`j1`. `soft` lets it reuse occupied edges at a
 * high price, for the last resort.
 */
export function searchPath(
  grid: RoutingGrid,
  occ: Occupancy,
  source: EndSpec,
  target: EndSpec,
  joins: Map<number, JoinPoint>,
  j0: number,
  j1: number,
  soft: boolean,
): Found | null {
  const { xs, ys, nx } = grid;
  const nodes = nx * ys.length;
  const states = nodes * 4;
  const starts = source.ports.flatMap((p) => portOf(grid, source, p, grid.obstacles) ?? []);
  const goals = target.ports.flatMap((p) => portOf(grid, target, p, grid.obstacles) ?? []);
  if (starts.length === 0 || (goals.length === 0 && joins.size === 0)) return null;
  const sc = scratch;
  sc.reset(states + goals.length + joins.size + 1);
  const { g, stamp, parent } = sc;
  const gen = sc.generation;
  const tx = target.rect.x + target.rect.width / 2;
  const ty = target.rect.y + target.rect.height / 2;
  const h = (n: number): number => Math.abs(xs[n % nx]! - tx) + Math.abs(ys[(n / nx) | 0]! - ty);
  const goalAt = new Map<number, number[]>();
  goals.forEach((p, k) => goalAt.set(p.anchor, [...(goalAt.get(p.anchor) ?? []), k]));
  const joinList = [...joins.keys()];
  const hasJoins = joinList.length > 0;
  const joinIndex = new Map(joinList.map((n, k) => [n, k]));

  const relax = (state: number, cost: number, from: number, heuristic: number): void => {
    if (stamp[state] === gen && g[state]! <= cost) return;
    stamp[state] = gen;
    g[state] = cost;
    parent[state] = from;
    sc.push(cost + heuristic, state);
  };
  const inWindow = (n: number): boolean => {
    const j = (n / nx) | 0;
    return j >= j0 && j <= j1;
  };

  for (const p of starts) {
    const use = occ.node[p.anchor]!;
    const dir = OUTWARD[p.side];
    if (!inWindow(p.anchor)) continue;
    if (!soft && use & USE_TURN) continue;
    const crossing = use & (dir < 2 ? USE_V : USE_H) ? COST.cross : 0;
    relax(
      p.anchor * 4 + dir,
      p.penalty + p.stub + crossing + (use & USE_TURN ? COST.soft : 0),
      -1,
      h(p.anchor),
    );
  }

  while (sc.size > 0) {
    const state = sc.pop();
    if (state >= states) return rebuild(state - states);
    const cost = g[state]!;
    const n = state >> 2;
    const d = (state & 3) as Dir;
    const use = occ.node[n]!;
    // Arriving at a target port's anchor: the last turn (if any) and the stub in.
    const goalsHere = goalAt.get(n);
    if (goalsHere)
      for (const k of goalsHere) {
        const p = goals[k]!;
        const inward = REVERSE[OUTWARD[p.side]];
        const turn = d !== inward;
        if (d === OUTWARD[p.side]) continue;
        if (turn && use !== 0 && !soft) continue;
        relax(states + k, cost + p.penalty + p.stub + (turn ? COST.bend : 0), state, 0);
      }
    for (let d2 = 0 as Dir; d2 < 4; d2 = (d2 + 1) as Dir) {
      if (d2 === REVERSE[d]) continue;
      const turn = d2 !== d;
      let extra = 0;
      if (turn && use !== 0) {
        if (!soft) continue;
        extra += COST.soft;
      }
      const i = n % nx;
      let m: number;
      let used: number;
      let blocked: number;
      let length: number;
      let rank: number;
      if (d2 < 2) {
        if (d2 === 0 ? i === nx - 1 : i === 0) continue;
        m = d2 === 0 ? n + 1 : n - 1;
        const e = d2 === 0 ? n : m;
        used = occ.usedH[e]!;
        blocked = grid.blockedH[e]!;
        length = Math.abs(xs[m % nx]! - xs[i]!);
        rank = grid.yRank[(n / nx) | 0]!;
      } else {
        m = d2 === 2 ? n + nx : n - nx;
        if (m < 0 || m >= nodes || !inWindow(m)) continue;
        const e = d2 === 2 ? n : m;
        used = occ.usedV[e]!;
        blocked = grid.blockedV[e]!;
        length = Math.abs(ys[(m / nx) | 0]! - ys[(n / nx) | 0]!);
        rank = grid.xRank[i]!;
      }
      if (blocked) continue;
      if (used) {
        if (!soft) continue;
        extra += COST.soft;
      }
      const step = cost + length * (1 + COST.rank * rank) + (turn ? COST.bend : 0) + extra;
      const join = hasJoins ? joins.get(m) : undefined;
      if (join)
        relax(
          states + goals.length + joinIndex.get(m)!,
          step + join.remaining + COST.join,
          state,
          0,
        );
      const mUse = occ.node[m]!;
      if (mUse & USE_TURN && !soft) continue;
      const crossing = mUse & (d2 < 2 ? USE_V : USE_H) ? COST.cross : 0;
      const front = occ.portFront[m] && !goalAt.has(m) ? COST.portFront : 0;
      relax(m * 4 + d2, step + crossing + front + (mUse & USE_TURN ? COST.soft : 0), state, h(m));
    }
  }
  return null;

  function rebuild(goal: number): Found {
    const path: number[] = [];
    let s = parent[states + goal]!;
    // A join goal's parent is the state before the join node: add the join node itself.
    const joinNode = goal >= goals.length ? joinList[goal - goals.length]! : -1;
    if (joinNode >= 0) path.push(joinNode);
    let firstState = s;
    while (s >= 0) {
      const node = s >> 2;
      if (path[path.length - 1] !== node) path.push(node);
      firstState = s;
      s = parent[s]!;
    }
    path.reverse();
    const first = path[0]!;
    const start = starts.find((p) => p.anchor === first && OUTWARD[p.side] === (firstState & 3))!;
    if (joinNode >= 0) {
      const join = joins.get(joinNode)!;
      const suffix = join.nodes.slice(join.index);
      return {
        nodes: path,
        start: start.point,
        startSide: start.side,
        end: { x: 0, y: 0 },
        endSide: null,
        joined: suffix,
      };
    }
    const p = goals[goal]!;
    return {
      nodes: path,
      start: start.point,
      startSide: start.side,
      end: p.point,
      endSide: p.side,
      joined: null,
    };
  }
}
