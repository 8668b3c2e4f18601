import type { Point, Rect } from '../geometry';
import { firstAbove, lineAt, someObstacleNear, type RoutingGrid } from './grid';
import { offsetDistance, outlinePoint } from './portPoint';
import type { WorkBudget } from './budget';
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
  /** Its place among the join points of its target, in the order they were found. */
  order: number;
  /** The directions (bit per direction: right, left, down, up) a later arrow may join it moving in. */
  enter: number;
  /**
   * The direction opposite to the earlier arrow's own into this node: a later arrow
   * moving so would run into it head-on, which even a loose join does not do.
   */
  against: number;
}

/** The join points into one target by node, and their nodes in the order they were found. */
export interface JoinSet {
  byNode: Map<number, JoinPoint>;
  nodes: number[];
  /**
   * The directions (bits as in JoinPoint.enter) later arrows joined each node moving in:
   * one more from the opposite side would meet that one head-on across the line.
   */
  joinedMoving: Map<number, number>;
}

export interface Found {
  nodes: number[];
  start: Point;
  startSide: Side;
  end: Point;
  endSide: Side | null;
  joined: number[] | null;
}

const COST = {
  bend: 14,
  cross: 40,
  join: 4,
  rank: 0.03,
  soft: 400,
  portFront: 30,
  shortHead: 200,
  headOn: 120,
};

/**
 * Shortest final straight leg into a target that is not charged COST.shortHead: two
 * arrowheads long. Shorter, the head sits on the corner and the arrow looks hooked.
 */
export const MIN_FINAL_LEG = 11;

interface Port {
  side: Side;
  penalty: number;
  point: Point;
  anchor: number;
  stub: number;
}

/** The grid node next to a port, outside its symbol, if the short stub to it is clear (when `clear`). */
function portOf(grid: RoutingGrid, end: EndSpec, spec: PortSpec, clear: boolean): Port | null {
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
  const y0 = Math.min(point.y, anchorPoint.y);
  const y1 = Math.max(point.y, anchorPoint.y);
  const hits = (b: Rect): boolean => segmentHits(point, anchorPoint, b);
  if (clear && someObstacleNear(grid, y0, y1, end.obstacle, hits)) return null;
  const anchor = vertical ? other * nx + line : line * nx + other;
  const stub = Math.abs(anchorPoint.x - point.x) + Math.abs(anchorPoint.y - point.y);
  return { side, penalty, point, anchor, stub };
}

/** The grid nodes just outside each side of a symbol (where its arrows would start or end). */
export function portFronts(grid: RoutingGrid, end: EndSpec): number[] {
  const sides: Side[] = ['top', 'bottom', 'left', 'right'];
  return sides.flatMap((side) => portOf(grid, end, { side, penalty: 0 }, false)?.anchor ?? []);
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

/** States a search looks at, at most, to prove its target walled in before it searches. */
const PROOF_STATES = 4096;
/** Windows of more nodes than this are worth the proof: a failing search there explores them all. */
const PROOF_WINDOW = 16 * PROOF_STATES;
/** The node one step from `n` in each direction, as an offset (nx for down, -nx for up). */
const dirOffset = (d: Dir, nx: number): number => (d === 0 ? 1 : d === 1 ? -1 : d === 2 ? nx : -nx);

/** Marks of the states the proof has reached, valid where equal to `generation`. */
const marks = { seen: new Uint32Array(0), generation: 0 };

/**
 * Whether no path can reach the target: walks back from its ports and join
 * points by the moves the search itself would make (free edges, rows j0..j1,
 * no turn where another arrow passes, no entering a node another arrow turns
 * at), leaving costs aside. When that closes within PROOF_STATES states
 * without meeting a start, the search would fail, but only after expanding
 * every state the starts reach, on the canvas often all of them. Never turns
 * away a target the search would reach.
 */
function walledIn(
  grid: RoutingGrid,
  occ: Occupancy,
  starts: Port[],
  goals: Port[],
  joins: JoinSet,
  j0: number,
  j1: number,
): { walled: boolean; visited: number } {
  const { nx } = grid;
  const nodes = nx * grid.ys.length;
  if (marks.seen.length < nodes * 4) {
    marks.seen = new Uint32Array(nodes * 4);
    marks.generation = 0;
  }
  const gen = ++marks.generation;
  const seen = marks.seen;
  const row = (n: number): number => (n / nx) | 0;
  const inWindow = (n: number): boolean => row(n) >= j0 && row(n) <= j1;
  const startStates = new Set<number>();
  for (const p of starts) {
    if (inWindow(p.anchor) && !(occ.node[p.anchor]! & USE_TURN))
      startStates.add(p.anchor * 4 + OUTWARD[p.side]);
  }
  const queue: number[] = [];
  let open = false;
  // Being at n having moved in d: a start, or a node entered by a move.
  const reach = (n: number, d: Dir): void => {
    const state = n * 4 + d;
    if (seen[state] === gen) return;
    seen[state] = gen;
    if (startStates.has(state)) open = true;
    else if (inWindow(n) && !(occ.node[n]! & USE_TURN)) queue.push(state);
  };
  // The states a move in direction d into m is made from: its node, free edge, no turn where not allowed.
  const before = (m: number, d: Dir): void => {
    const n = m - dirOffset(d, nx);
    if (n < 0 || n >= nodes) return;
    const i = n % nx;
    if (d === 0 && (i === nx - 1 || occ.usedH[n] || grid.blockedH[n])) return;
    if (d === 1 && (i === 0 || occ.usedH[m] || grid.blockedH[m])) return;
    if (d === 2 && (!inWindow(m) || occ.usedV[n] || grid.blockedV[n])) return;
    if (d === 3 && (!inWindow(m) || occ.usedV[m] || grid.blockedV[m])) return;
    const through = occ.node[n]! !== 0;
    for (let d0 = 0 as Dir; d0 < 4; d0 = (d0 + 1) as Dir) {
      if (d0 === REVERSE[d] || (through && d0 !== d)) continue;
      reach(n, d0);
    }
  };
  for (const p of goals) {
    const inward = REVERSE[OUTWARD[p.side]];
    for (let d = 0 as Dir; d < 4; d = (d + 1) as Dir) {
      if (d === OUTWARD[p.side] || (d !== inward && occ.node[p.anchor]! !== 0)) continue;
      reach(p.anchor, d);
    }
  }
  for (const m of joins.nodes) for (let d = 0 as Dir; d < 4; d = (d + 1) as Dir) before(m, d);
  for (let head = 0; head < queue.length && !open; head++) {
    if (queue.length > PROOF_STATES) return { walled: false, visited: queue.length };
    const state = queue[head]!;
    before(state >> 2, (state & 3) as Dir);
  }
  return { walled: !open, visited: queue.length };
}

/**
 * Cheapest orthogonal path (length, bends, crossings) from one of the source's
 * ports to one of the target's ports or onto an earlier arrow into the same
 * port, between grid rows `j0`..`j1`. `soft` lets it reuse occupied edges at a
 * high price, for the last resort; `looseJoins` lets it join them where a clean
 * join would not (the try before). Each state expanded is spent from `budget`;
 * null when it runs out first (the budget then says so).
 */
export function searchPath(
  grid: RoutingGrid,
  occ: Occupancy,
  source: EndSpec,
  target: EndSpec,
  joins: JoinSet,
  j0: number,
  j1: number,
  soft: boolean,
  budget: WorkBudget,
  /** Join earlier arrows anywhere after their first bend, not only cleanly (see addJoinPoints). */
  looseJoins = false,
): Found | null {
  const { xs, ys, nx } = grid;
  const nodes = nx * ys.length;
  const states = nodes * 4;
  const starts = source.ports.flatMap((p) => portOf(grid, source, p, true) ?? []);
  const goals = target.ports.flatMap((p) => portOf(grid, target, p, true) ?? []);
  // A loop back into its own symbol must not join an arrow where it set out: it would touch itself.
  const startAnchors = starts.map((p) => p.anchor);
  if (starts.length === 0 || (goals.length === 0 && joins.nodes.length === 0)) return null;
  if (!soft && (j1 - j0 + 1) * nx > PROOF_WINDOW) {
    const proof = walledIn(grid, occ, starts, goals, joins, j0, j1);
    budget.spend(proof.visited);
    if (proof.walled) return null;
  }
  const sc = scratch;
  sc.reset(states + goals.length + joins.nodes.length + 1);
  const { g, stamp, parent } = sc;
  const gen = sc.generation;
  const tx = target.rect.x + target.rect.width / 2;
  const ty = target.rect.y + target.rect.height / 2;
  // The heuristic's two terms by column and by row, worked out once per search.
  const { hx, hy } = sc.heuristicRows(nx, ys.length);
  for (let i = 0; i < nx; i++) hx[i] = Math.abs(xs[i]! - tx);
  for (let j = 0; j < ys.length; j++) hy[j] = Math.abs(ys[j]! - ty);
  const h = (n: number): number => hx[n % nx]! + hy[(n / nx) | 0]!;
  const { usedH, usedV, node: nodeUse, portFront } = occ;
  const { blockedH, blockedV, xRank, yRank } = grid;
  const { bend, cross, join: joinCost, rank: rankCost, soft: softCost } = COST;
  const frontCost = COST.portFront;
  // A few goals at most: scanning their anchors beats a map lookup at every expansion.
  const goalAnchors = goals.map((p) => p.anchor);
  const isGoal = (n: number): boolean => goalAnchors.includes(n);
  const joinList = joins.nodes;
  const hasJoins = joinList.length > 0;
  const joinAt = joins.byNode;

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

  // Counted here and spent once, so the loop does no more than before for it.
  const allowance = budget.left;
  let expanded = 0;
  while (sc.size > 0) {
    if (expanded >= allowance) break;
    const state = sc.pop();
    if (state >= states) {
      budget.spend(expanded + 1);
      return rebuild(state - states);
    }
    const cost = g[state]!;
    const n = state >> 2;
    // An entry pushed before its state got cheaper: the cheaper one came out
    // first and expanded it with the same cost, so expanding again adds nothing.
    if (sc.poppedF > cost + h(n)) continue;
    expanded++;
    const d = (state & 3) as Dir;
    const use = nodeUse[n]!;
    const i = n % nx;
    const j = (n / nx) | 0;
    // Arriving at a target port's anchor: the last turn (if any) and the stub in.
    if (isGoal(n))
      for (let k = 0; k < goals.length; k++) {
        const p = goals[k]!;
        if (p.anchor !== n) continue;
        const inward = REVERSE[OUTWARD[p.side]];
        const turn = d !== inward;
        if (d === OUTWARD[p.side]) continue;
        if (turn && use !== 0 && !soft) continue;
        const leg = turn ? p.stub : p.stub + straightRun(state, MIN_FINAL_LEG - p.stub);
        const hooked = leg < MIN_FINAL_LEG - 1e-6 ? COST.shortHead : 0;
        relax(states + k, cost + p.penalty + p.stub + (turn ? bend : 0) + hooked, state, 0);
      }
    for (let d2 = 0 as Dir; d2 < 4; d2 = (d2 + 1) as Dir) {
      if (d2 === REVERSE[d]) continue;
      const turn = d2 !== d;
      let extra = 0;
      if (turn && use !== 0) {
        if (!soft) continue;
        extra += softCost;
      }
      let m: number;
      let used: number;
      let blocked: number;
      let length: number;
      let rank: number;
      // The heuristic at m, from its column's and row's terms.
      let hm: number;
      if (d2 < 2) {
        if (d2 === 0 ? i === nx - 1 : i === 0) continue;
        const mi = d2 === 0 ? i + 1 : i - 1;
        m = d2 === 0 ? n + 1 : n - 1;
        const e = d2 === 0 ? n : m;
        used = usedH[e]!;
        blocked = blockedH[e]!;
        length = Math.abs(xs[mi]! - xs[i]!);
        rank = yRank[j]!;
        hm = hx[mi]! + hy[j]!;
      } else {
        const mj = d2 === 2 ? j + 1 : j - 1;
        if (mj < j0 || mj > j1 || mj < 0 || mj >= ys.length) continue;
        m = d2 === 2 ? n + nx : n - nx;
        const e = d2 === 2 ? n : m;
        used = usedV[e]!;
        blocked = blockedV[e]!;
        length = Math.abs(ys[mj]! - ys[j]!);
        rank = xRank[i]!;
        hm = hx[i]! + hy[mj]!;
      }
      if (blocked) continue;
      if (used) {
        if (!soft) continue;
        extra += softCost;
      }
      const step = cost + length * (1 + rankCost * rank) + (turn ? bend : 0) + extra;
      const join = hasJoins ? joinAt.get(m) : undefined;
      if (
        join &&
        !startAnchors.includes(m) &&
        (looseJoins ? d2 !== join.against : (join.enter >> d2) & 1)
      ) {
        // Joining where another arrow joined from the other side reads as one line with
        // two flows meeting head-on: dearer than a crossing, taken only where nothing else is.
        const opposite = ((joins.joinedMoving.get(m) ?? 0) >> REVERSE[d2]) & 1 ? COST.headOn : 0;
        relax(
          states + goals.length + join.order,
          step + join.remaining + joinCost + opposite,
          state,
          0,
        );
      }
      const mUse = nodeUse[m]!;
      if (mUse & USE_TURN && !soft) continue;
      const crossing = mUse & (d2 < 2 ? USE_V : USE_H) ? cross : 0;
      const front = portFront[m] && !isGoal(m) ? frontCost : 0;
      relax(m * 4 + d2, step + crossing + front + (mUse & USE_TURN ? softCost : 0), state, hm);
    }
  }
  budget.spend(expanded);
  return null;

  /**
   * How far the path into `state` has run straight in its direction (up to `enough`);
   * Infinity when it has not bent since its start (no bend for a head to sit on).
   */
  function straightRun(state: number, enough: number): number {
    const d = state & 3;
    let run = 0;
    for (let s = state; run < enough;) {
      const prev = parent[s]!;
      if (prev < 0) return Infinity;
      const a = s >> 2;
      const b = prev >> 2;
      run += Math.abs(xs[a % nx]! - xs[b % nx]!) + Math.abs(ys[(a / nx) | 0]! - ys[(b / nx) | 0]!);
      if ((prev & 3) !== d) break;
      s = prev;
    }
    return run;
  }

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
      const join = joinAt.get(joinNode)!;
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
