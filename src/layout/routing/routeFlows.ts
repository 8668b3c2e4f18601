import type { Rect, Route } from '../geometry';
import { buildGrid, firstAbove, withKeepOut, type RoutingGrid } from './grid';
import { unlimited, type WorkBudget } from './budget';
import {
  addJoinPoints,
  noJoins,
  nodePoint,
  occupy,
  plainRoute,
  simplify,
  type Routed,
} from './gridPath';
import { forcePort, type ExitPort } from './exitSides';
import { TURN_GAP, labelRoomBelow, moveExits, type ExitPorts } from './labelRoom';
import { portPreferences } from './ports';
import { loosenLabels, placeLabels, type LabelJob } from './label';
import { sheetMeasurer } from '../text/measure';
import {
  portFronts,
  searchPath,
  type EndSpec,
  type JoinSet,
  type Occupancy,
  type Side,
} from './search';
import type { BoxShape, RoutingArea, RoutingRequest } from './types';

/** How far above and below its two ends a flow's search looks first, in points. */
const WINDOW = 60;

/** The routes of a page, and the requests that could only be drawn over another arrow. */
export interface RoutingResult {
  routes: Route[];
  /** Flows drawn by the last resort (sharing another arrow's segment): the page needs more room. */
  stuck: RoutingRequest[];
  /** Flows whose label found no free place beside their exit: the page needs more room there. */
  unlabelled: RoutingRequest[];
  /** Those of them with no room even clear of arrows (a table line or a symbol in the way): their column needs width. */
  cramped: RoutingRequest[];
  /** Flows drawn by a plain path that may cross symbols (marked `fallback`): no path, or no work left. */
  fallback: RoutingRequest[];
}

/**
 * Routes every flow of one page as an orthogonal polyline from its source's
 * outline to its target's: through the gaps between rows and the lanes beside
 * symbols, never through a symbol, never along another arrow (except joining
 * one into the same target), with few bends and few crossings.
 */
export function routeFlows(area: RoutingArea, requests: RoutingRequest[]): Route[] {
  return routeFlowsReport(area, requests).routes;
}

/**
 * Like routeFlows, and says which flows found no clean path (so the caller can
 * make room and retry). The work is spent from `budget`: the first routing of
 * every flow comes first, each further try to do better only while some is
 * left, and a try the budget cut short is dropped. Flows the first routing had
 * no work left for are drawn by a plain path (reported in `fallback`).
 */
export function routeFlowsReport(
  area: RoutingArea,
  requests: RoutingRequest[],
  budget: WorkBudget = unlimited(),
): RoutingResult {
  const exits = new Map<string, number>();
  for (const r of requests) exits.set(r.from, (exits.get(r.from) ?? 0) + 1);
  // Three exits or more may outnumber a symbol's free vertices: they may also leave beside them.
  const manyExits = new Set([...exits].filter(([, n]) => n >= MANY_EXITS).map(([id]) => id));
  // A grid for each set of symbols with offset ports (those of exits moved beside a vertex too).
  const grids = new Map<string, { grid: RoutingGrid; specs: Map<string, Spec> }>();
  const gridFor = (offsets: ReadonlySet<string>, turns: ReadonlySet<string> = new Set()) => {
    const key = [...offsets].sort().join('\n') + '|' + [...turns].sort().join('\n');
    const known = grids.get(key);
    if (known) return known;
    // A line right under each symbol whose exit turns at once, for it to turn on.
    const under = area.boxes.flatMap((b) =>
      turns.has(b.id) ? [b.rect.y + b.rect.height + TURN_GAP] : [],
    );
    const grid = buildGrid(area, offsets, under);
    const specs = new Map<string, Spec>();
    area.boxes.forEach((b, k) =>
      specs.set(b.id, {
        rect: b.rect,
        obstacle: grid.obstacles[k]!,
        shape: b.shape ?? 'process',
        offsets: offsets.has(b.id),
      }),
    );
    grids.set(key, { grid, specs });
    return grids.get(key)!;
  };
  const { grid, specs } = gridFor(manyExits);

  let best = routeAndLabel(area, grid, specs, exits, requests, new Map(), budget);
  // Some label had no free place: keep the arrows off where it would go, let the
  // exits of its symbol leave by other ports, and route again.
  const ports: ExitPorts = { forced: new Map(), tried: new Map() };
  const forced = ports.forced;
  const keepOut: Rect[] = [];
  const kept = new Set<string>();
  let last = best;
  for (
    let pass = 0;
    pass < LABEL_PASSES && last.unlabelled.length > 0 && !budget.exhausted;
    pass++
  ) {
    let changed = false;
    for (const r of last.keepOut) {
      const key = [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join();
      if (kept.has(key)) continue;
      kept.add(key);
      keepOut.push(r);
      changed = true;
    }
    // A label with no free place also moves its exits (each pair of ports in
    // turn): keeping arrows off its place may not be enough, or may crowd them.
    if (moveExits(ports, last.unlabelled, requests, last.routes, (id) => specs.get(id)?.rect))
      changed = true;
    // Nothing new to try: another pass would route the page the same way.
    if (!changed) break;
    const offsets = new Set(manyExits);
    for (const [r, port] of forced) if (port.offset !== 0) offsets.add(r.from);
    const turns = new Set([...forced].flatMap(([r, port]) => (port.reserve ? [r.from] : [])));
    const here = gridFor(offsets, turns);
    const reserved = [...forced].flatMap(([r, port]) =>
      port.reserve ? labelRoomBelow(area, here.grid, here.specs.get(r.from), r.label) : [],
    );
    last = routeAndLabel(
      area,
      withKeepOut(here.grid, [...keepOut, ...reserved]),
      here.specs,
      exits,
      requests,
      forced,
      budget,
    );
    // Cut short by the budget: worse than what it set out to mend, and the last try.
    if (last.cut) break;
    if (trouble(last) < trouble(best)) best = last;
  }
  // The labels of the routing kept get roomier margins where they are free to. Its
  // work, bounded by the labels' count, is not taken from the routing budget: spent,
  // it would leave later pages less for their first routing, which matters more.
  // With the budget spent, labels were placed quickly and are left as they are.
  if (!budget.exhausted) {
    const failed = new Set(best.unlabelled);
    const free = best.jobs.filter((j) => !failed.has(j.key));
    loosenLabels(area, best.routes, free, area.measure ?? sheetMeasurer);
  }
  const { keepOut: _room, cut: _cut, jobs: _jobs, ...result } = best;
  return result;
}

/** How bad a page's routing is: an arrow over another counts more than a label squeezed. */
function trouble(r: RoutingResult): number {
  return 2 * r.stuck.length + r.unlabelled.length;
}

function routeAndLabel(
  area: RoutingArea,
  grid: RoutingGrid,
  specs: Map<string, Spec>,
  exits: Map<string, number>,
  requests: RoutingRequest[],
  forced: Map<RoutingRequest, ExitPort>,
  budget: WorkBudget,
): RoutingResult & { keepOut: Rect[]; cut: boolean; jobs: LabelJob<RoutingRequest>[] } {
  // Greedy routing depends on order: when a flow could only be drawn over
  // another, try again with the stuck flows first, and keep the best attempt.
  // Exits moved off a side with no room for their label choose their new side first.
  const sorted = orderRequests(requests, specs);
  let order = [...sorted.filter((r) => forced.has(r)), ...sorted.filter((r) => !forced.has(r))];
  let best = routeInOrder(grid, specs, exits, order, forced, budget);
  for (
    let attempt = 0;
    attempt < RETRIES && best.forced.length > 0 && !budget.exhausted;
    attempt++
  ) {
    const stuck = new Set(best.forced);
    order = [...order.filter((r) => stuck.has(r)), ...order.filter((r) => !stuck.has(r))];
    const next = routeInOrder(grid, specs, exits, order, forced, budget);
    if (next.cut) break;
    if (next.forced.length < best.forced.length) best = next;
  }
  // Labels go in once every arrow of the page is known, so none is drawn over later.
  const routes = requests.flatMap((r) => best.routes.get(r) ?? []);
  const jobs: LabelJob<RoutingRequest>[] = requests.flatMap((r) => {
    const route = best.routes.get(r);
    const from = specs.get(r.from);
    if (!route || !from || r.label.trim() === '') return [];
    return [{ route, text: r.label, source: from, key: r }];
  });
  // Labels are placed even with no work left (the page must be drawn), but
  // quickly then: their work may pass the budget by a little.
  const labels = placeLabels(area, routes, jobs, area.measure ?? sheetMeasurer, {
    quick: budget.exhausted,
  });
  budget.spend(labels.work);
  return {
    routes,
    stuck: best.forced,
    unlabelled: labels.failed.map((j) => j.key),
    keepOut: labels.keepOut,
    cramped: labels.cramped.map((j) => j.key),
    fallback: best.fallback,
    cut: best.cut,
    jobs,
  };
}

const RETRIES = 3;
/** Routings again, at most, to make room for labels that found none. */
const LABEL_PASSES = 24;
const MANY_EXITS = 3;
/** What the other ports of an exit made to leave by one port cost more. */
const AVOID_PENALTY = 300;
/** What a port beside a vertex costs more than the vertex itself. */
const OFFSET_PENALTY = 40;

type Spec = { rect: Rect; obstacle: Rect; shape: BoxShape; offsets: boolean };

function routeInOrder(
  grid: RoutingGrid,
  specs: Map<string, Spec>,
  exits: Map<string, number>,
  order: RoutingRequest[],
  ports: Map<RoutingRequest, ExitPort>,
  budget: WorkBudget,
): {
  routes: Map<RoutingRequest, Route>;
  forced: RoutingRequest[];
  fallback: RoutingRequest[];
  /** Whether the budget ran out before every flow had its search. */
  cut: boolean;
} {
  const size = grid.nx * grid.ys.length;
  const occ: Occupancy = { ...freshOccupancy(size), portFront: portFrontsOf(grid, specs) };
  // The arrows routed so far, by target, and the points on them a flow into the
  // same target may join.
  // (`first` maps each node to the first of them through it.)
  const routedTo = new Map<string, { joins: JoinSet; first: Map<number, Routed> }>();
  const routes = new Map<RoutingRequest, Route>();
  const forced: RoutingRequest[] = [];
  const fallback: RoutingRequest[] = [];
  // Each box's exits not yet routed, and the sides the routed ones left by.
  const exitsLeft = new Map(exits);
  const exitSides = new Map<string, Side[]>();
  let cut = false;
  for (const request of order) {
    const from = specs.get(request.from);
    const to = specs.get(request.to);
    if (!from || !to) continue;
    if (budget.exhausted) {
      // No work left for a search: the plain path, which costs none.
      cut = true;
      fallback.push(request);
      routes.set(request, plainFlow(request, from.rect, to.rect));
      continue;
    }
    const prefs = portPreferences(from.rect, to.rect);
    const offsetPorts = from.offsets
      ? prefs.source.flatMap((p) => [
          p,
          { ...p, offset: -1 as const, penalty: p.penalty + OFFSET_PENALTY },
          { ...p, offset: 1 as const, penalty: p.penalty + OFFSET_PENALTY },
        ])
      : prefs.source;
    // (A flow back into its own symbol keeps its sides: its ends would meet.)
    const port = request.from === request.to ? undefined : ports.get(request);
    const sourcePorts = port ? forcePort(offsetPorts, port, AVOID_PENALTY) : offsetPorts;
    const source: EndSpec = { ...from, ports: sourcePorts };
    const allowed = entrySides(
      exits.get(request.to) ?? 0,
      exitsLeft.get(request.to) === 0 ? exitSides.get(request.to) : undefined,
    );
    const entries = prefs.target.filter((p) => allowed.includes(p.side));
    const target: EndSpec = { ...to, ports: entries.length > 0 ? entries : prefs.target };
    const anyEntry: EndSpec = { ...to, ports: prefs.target };
    let into = routedTo.get(request.to);
    if (!into) {
      into = { joins: noJoins(), first: new Map() };
      routedTo.set(request.to, into);
    }
    const { joins, first } = into;
    const top = Math.min(from.rect.y, to.rect.y) - WINDOW;
    const bottom = Math.max(from.rect.y + from.rect.height, to.rect.y + to.rect.height) + WINDOW;
    const j0 = Math.max(0, firstAbove(grid.ys, top) - 1);
    const j1 = Math.min(grid.ys.length - 1, firstAbove(grid.ys, bottom));
    const last = grid.ys.length - 1;
    const search = (end: EndSpec, from: number, to: number, soft: boolean, loose = false) =>
      budget.exhausted
        ? null
        : searchPath(grid, occ, source, end, joins, from, to, soft, budget, loose);
    let found =
      search(target, j0, j1, false) ??
      search(target, 0, last, false) ??
      search(anyEntry, 0, last, false) ??
      search(anyEntry, 0, last, false, true);
    const soft = !found && !budget.exhausted;
    if (soft) {
      forced.push(request);
      found = search(anyEntry, 0, last, true, true);
    }
    if (!found) {
      if (budget.exhausted) cut = true;
      fallback.push(request);
      routes.set(request, plainFlow(request, from.rect, to.rect));
      continue;
    }
    exitsLeft.set(request.from, (exitsLeft.get(request.from) ?? 1) - 1);
    exitSides.set(request.from, [...(exitSides.get(request.from) ?? []), found.startSide]);
    occupy(grid, occ, found.nodes);
    const joinedRoute = found.joined ? first.get(found.nodes[found.nodes.length - 1]!) : null;
    if (found.joined) recordJoin(grid, joins, found.nodes);
    const nodes = found.joined ? [...found.nodes, ...found.joined.slice(1)] : found.nodes;
    const end = joinedRoute ? joinedRoute.end : found.end;
    const arrow = { targetId: request.to, nodes, end };
    addJoinPoints(grid, joins, arrow);
    for (const n of nodes) if (!first.has(n)) first.set(n, arrow);
    const points = simplify([found.start, ...nodes.map((n) => nodePoint(grid, n)), end]);
    const route: Route = { flowId: request.flowId, points, arrowhead: true, label: null };
    // Drawn over another arrow or turning where one passes: not a clean route either.
    if (soft) route.fallback = true;
    routes.set(request, route);
  }
  return { routes, forced, fallback, cut };
}

/** Notes the direction an arrow (its nodes up to the join node) joined in. */
function recordJoin(grid: RoutingGrid, joins: JoinSet, nodes: number[]): void {
  const at = nodes[nodes.length - 1]!;
  const before = nodes[nodes.length - 2];
  if (before === undefined) return;
  const a = nodePoint(grid, before);
  const b = nodePoint(grid, at);
  const dir = Math.abs(a.y - b.y) < 1e-9 ? (b.x > a.x ? 0 : 1) : b.y > a.y ? 2 : 3;
  joins.joinedMoving.set(at, (joins.joinedMoving.get(at) ?? 0) | (1 << dir));
}

// Routing a page again and again (other orders, other ports) allocated grids' worth
// of occupancy each time; one set of buffers, cleared, serves every routing in turn.
let occupancyBuffers = {
  usedH: new Uint8Array(0),
  usedV: new Uint8Array(0),
  node: new Uint8Array(0),
};

function freshOccupancy(size: number): Omit<Occupancy, 'portFront'> {
  if (occupancyBuffers.node.length < size) {
    occupancyBuffers = {
      usedH: new Uint8Array(size),
      usedV: new Uint8Array(size),
      node: new Uint8Array(size),
    };
  }
  const { usedH, usedV, node } = occupancyBuffers;
  for (const a of [usedH, usedV, node]) a.fill(0, 0, size);
  return {
    usedH: usedH.subarray(0, size),
    usedV: usedV.subarray(0, size),
    node: node.subarray(0, size),
  };
}

/** The nodes just outside every box's ports, the same for every routing of one grid's boxes. */
const portFrontCache = new WeakMap<Map<string, Spec>, Uint8Array>();

function portFrontsOf(grid: RoutingGrid, specs: Map<string, Spec>): Uint8Array {
  let fronts = portFrontCache.get(specs);
  if (!fronts) {
    fronts = new Uint8Array(grid.nx * grid.ys.length);
    for (const spec of specs.values()) {
      for (const n of portFronts(grid, { ...spec, ports: [] })) fronts[n] = 1;
    }
    portFrontCache.set(specs, fronts);
  }
  return fronts;
}

/** The route of a flow the router gave up on, marked so that the rule checker names it. */
function plainFlow(request: RoutingRequest, from: Rect, to: Rect): Route {
  return {
    flowId: request.flowId,
    points: plainRoute(from, to),
    arrowhead: true,
    label: null,
    fallback: true,
  };
}

/**
 * The sides arrows may enter a symbol by, leaving the others for its exits: a
 * symbol with two or more exits (a decision) is entered from the top only, and
 * further arrows join the first; one with a single exit keeps its bottom for it
 * until that exit is routed (`routedExits`, the sides all its exits took) and left
 * by another side: then a loop back may come up into the bottom, as drawn by hand.
 */
function entrySides(exitCount: number, routedExits?: readonly Side[]): Side[] {
  if (exitCount >= 2) return ['top'];
  if (exitCount === 1)
    return routedExits && !routedExits.includes('bottom')
      ? ['top', 'left', 'right', 'bottom']
      : ['top', 'left', 'right'];
  return ['top', 'left', 'right', 'bottom'];
}

/** Short, simple flows first: they take the natural ports; loops then find their lanes around them. */
function orderRequests(
  requests: RoutingRequest[],
  specs: Map<string, { rect: Rect }>,
): RoutingRequest[] {
  const key = (r: RoutingRequest): number => {
    const a = specs.get(r.from)?.rect;
    const b = specs.get(r.to)?.rect;
    if (!a || !b) return 0;
    const span = Math.abs(b.y - a.y) + Math.abs(b.x - a.x) * 0.5;
    return b.y + b.height <= a.y ? 1e6 + span : span;
  };
  return [...requests].sort((a, b) => key(a) - key(b));
}
