import type { Point, Rect, Route, TextMeasurer } from '../geometry';
import { LABEL_ASCENT, LABEL_DESCENT, labelBox } from './labelBox';
import {
  arrowheadRect,
  grow,
  shapeMeeter,
  pointToRect,
  rectsMeet,
  segmentMeets,
  segmentRect,
} from './labelSpace';
import { bandsAcross, RectBuckets } from './buckets';
import { nearestFreePlace, type SweepScene } from './labelSweep';
import { ROUTE_LABEL_FONT, type BoxShape, type RoutingArea } from './types';

/** A routed arrow whose label is still to be placed, and the box it leaves. */
export interface LabelJob<T = unknown> {
  route: Route;
  text: string;
  source: { rect: Rect; shape: BoxShape };
  /** Whatever the caller needs back for a label that found no free place. */
  key: T;
}

/** Text box to its own first segment, and to other arrows, symbols, table lines and labels. */
interface Margins {
  gap: number;
  clear: number;
}
/** The margins a label is given where there is room: nearer, text and line read as touching. */
const ROOMY: Margins = { gap: 2, clear: 2 };
/** The margins of a crowded exit, tried when no roomy place is free. */
const SNUG: Margins = { gap: 1.5, clear: 1.5 };
/** Distances from the segment tried beyond the gap (a little farther can clear a passing arrow). */
const APART = [0, 2, 4];
const GAP = SNUG.gap;
const CLEAR = SNUG.clear;
/**
 * The margins of the last-resort search, just above what the sheet checker
 * demands (0.5 pt from arrows and table lines): a narrow column has no room
 * for the comfortable ones.
 */
const TIGHT_CLEAR = 0.6;
/** Step of the last-resort search over every place within reach of the exit's start. */
const SWEEP_STEP = 0.5;
/**
 * Farthest a label is slid along its first segment (past a column border, in a
 * column too narrow for it beside the symbol), still within reach of its start.
 */
const MAX_SHIFT = 10;
/** Slides along the first segment, nearest first. */
const SHIFTS = Array.from({ length: MAX_SHIFT + 1 }, (_, s) => s);
/** Farthest a label's text may be from its arrow's start (the sheet checker allows 12 pt). */
const REACH = 11.9;
/** How much nearer its own arrow's start must be than any other arrow's. */
const NEARER = 1;
/** A broken rule that no rerouting mends (a table line, a symbol) outweighs any number of arrows. */
const FIXED = 1000;
const HEIGHT = (LABEL_ASCENT + LABEL_DESCENT) * ROUTE_LABEL_FONT;
/** Symbols, arrows and labels a candidate place is tested against for one unit of work. */
const CONFLICTS_PER_WORK = 4;

interface Candidate {
  box: Rect;
  label: NonNullable<Route['label']>;
}

/** Labels that found no free place, and the room each would need kept clear of arrows. */
export interface LabelReport<T> {
  failed: LabelJob<T>[];
  /** Where arrows crowd a label out: its least bad place, grown by the clearance arrows keep from it. */
  keepOut: Rect[];
  /** Labels with no room at all beside their exit (a table line or a symbol in the way): another exit side may have it. */
  cramped: LabelJob<T>[];
  /** The work it took, in search expansions' worth (see WorkBudget). */
  work: number;
}

/**
 * Places the labels of a page's routes once all of them are drawn: beside the
 * start of each exit, on either side of its first segment, slid a little along
 * it, taking the first place that no arrow crosses, that overlaps no symbol or
 * other label, stays in one table cell and is nearer to this arrow's start than
 * to any other's. A label with no such place takes the least bad one and is
 * reported: the page needs to keep arrows off it, or more room. With `quick`
 * (the router's work budget is spent) each label takes its first place,
 * untested, and is reported as failed: thousands of arrows crowding a few
 * steps would otherwise cost more to label than the budget allowed to route.
 */
export function placeLabels<T>(
  area: RoutingArea,
  routes: Route[],
  jobs: LabelJob<T>[],
  measure: TextMeasurer,
  options: { quick?: boolean } = {},
): LabelReport<T> {
  if (options.quick) return placeQuickly(jobs, measure);
  const heads = routes.flatMap((r) => arrowheadRect(r) ?? []);
  const tally = { work: 0 };
  const index = indexPage(area, routes, heads);
  let placing = placeInOrder(area, routes, heads, jobs, measure, tally, index);
  if (placing.some((p) => p.fewest > 0)) {
    // A label squeezed by labels placed before it may fit when placed first.
    const squeezed = new Set(placing.filter((p) => p.fewest > 0).map((p) => p.job));
    const order = [...jobs.filter((j) => squeezed.has(j)), ...jobs.filter((j) => !squeezed.has(j))];
    const again = placeInOrder(area, routes, heads, order, measure, tally, index);
    if (badness(again) < badness(placing)) placing = again;
  }
  const report: LabelReport<T> = { failed: [], keepOut: [], cramped: [], work: tally.work };
  for (const { job, candidate, fewest } of placing) {
    job.route.label = candidate.label;
    if (fewest > 0) report.failed.push(job);
    if (fewest >= FIXED) report.cramped.push(job);
    else if (fewest > 0) report.keepOut.push(grow(candidate.box, CLEAR));
  }
  return report;
}

/**
 * Gives the labels of a page's final routes ROOMY margins where a free place has them
 * (see roomier): run once on the routing kept, since the routing passes need only
 * know which labels found a place at all. `jobs` are labels already placed and free.
 * Returns the work it took.
 */
export function loosenLabels<T>(
  area: RoutingArea,
  routes: Route[],
  jobs: LabelJob<T>[],
  measure: TextMeasurer,
): number {
  const heads = routes.flatMap((r) => arrowheadRect(r) ?? []);
  const index = indexPage(area, routes, heads);
  const placing: Placing<T>[] = jobs.flatMap((job) => {
    const label = job.route.label;
    if (!label || !job.route.points[0]) return [];
    return [{ job, candidate: { box: labelBox(label, measure), label }, fewest: 0 }];
  });
  const tally = { work: 0 };
  roomier(placing, sceneMaker(area, routes, heads, index), measure, tally);
  for (const { job, candidate } of placing) job.route.label = candidate.label;
  return tally.work;
}

/** Each label at its first place beside its exit, none tested: all reported as failed. */
function placeQuickly<T>(jobs: LabelJob<T>[], measure: TextMeasurer): LabelReport<T> {
  const report: LabelReport<T> = { failed: [], keepOut: [], cramped: [], work: jobs.length };
  for (const job of jobs) {
    if (!job.route.points[0]) continue;
    const [first] = candidates(job, measure.width(job.text, ROUTE_LABEL_FONT, false));
    if (!first) continue;
    job.route.label = first.label;
    report.failed.push(job);
  }
  return report;
}

interface Placing<T> {
  job: LabelJob<T>;
  candidate: Candidate;
  /** How badly it breaks the rules: 0 for a free place. */
  fewest: number;
}

function badness(placing: Placing<unknown>[]): number {
  return placing.reduce((sum, p) => sum + p.fewest, 0);
}

/** Where a page's symbols, arrowheads and arrow segments are, to gather those near an exit quickly. */
interface PageIndex {
  boxes: RectBuckets;
  heads: RectBuckets;
  /** Each route's segments, filed under the route's place in `routes`. */
  routes: RectBuckets;
  routeAt: Map<Route, number>;
}

function indexPage(area: RoutingArea, routes: Route[], heads: Rect[]): PageIndex {
  const index: PageIndex = {
    boxes: new RectBuckets(),
    heads: new RectBuckets(),
    routes: new RectBuckets(),
    routeAt: new Map(),
  };
  area.boxes.forEach((b, k) => index.boxes.add(k, b.rect));
  heads.forEach((h, k) => index.heads.add(k, h));
  routes.forEach((r, k) => {
    index.routeAt.set(r, k);
    for (let s = 1; s < r.points.length; s++)
      index.routes.add(k, segmentRect(r.points[s - 1]!, r.points[s]!));
  });
  return index;
}

/** Each label in turn takes its first free place (or its least bad one), given those placed before it. */
function placeInOrder<T>(
  area: RoutingArea,
  routes: Route[],
  heads: Rect[],
  jobs: LabelJob<T>[],
  measure: TextMeasurer,
  tally: { work: number },
  index: PageIndex,
): Placing<T>[] {
  const placed: Rect[] = [];
  const placedIndex = new RectBuckets();
  const out: Placing<T>[] = [];
  const sceneOf = sceneMaker(area, routes, heads, index);
  for (const job of jobs) {
    const start = job.route.points[0];
    if (!start) continue;
    const width = measure.width(job.text, ROUTE_LABEL_FONT, false);
    const scene = sceneOf(job, width, (near, reach) =>
      placedIndex
        .near(start, reach)
        .map((k) => placed[k]!)
        .filter(near),
    );
    let best: Candidate | null = null;
    let fewest = Infinity;
    const testWork = sceneWork(scene, tally);
    for (const c of candidates(job, width)) {
      if (pointToRect(start, c.box) > REACH) continue;
      tally.work += testWork;
      const count = conflicts(c.box, job, scene, fewest, CLEAR);
      if (count < fewest) {
        best = c;
        fewest = count;
        if (count === 0) break;
      }
    }
    if (fewest > 0) {
      // None of the usual places is free: try every place within reach, with
      // the checker's own margins, before the page is asked for more room.
      // Only a free place is taken: the least bad one (and the room kept for it) stays a usual one.
      const box = sweep(job, width, scene, TIGHT_CLEAR, 0, tally);
      if (box) {
        best = {
          box,
          label: labelAt(job.text, box, box.x + width / 2 >= start.x ? 'left' : 'right'),
        };
        fewest = 0;
      }
    }
    if (!best) continue;
    placedIndex.add(placed.length, best.box);
    placed.push(best.box);
    out.push({ job, candidate: best, fewest });
  }
  return out;
}

/**
 * Moves each placed label whose margins are snug to a free place with ROOMY ones,
 * where one is within reach given every other label where it now stands: done once
 * all are placed, so that no label's roomier place takes the only place of another.
 */
function roomier<T>(
  placing: Placing<T>[],
  sceneOf: ReturnType<typeof sceneMaker>,
  measure: TextMeasurer,
  tally: { work: number },
): void {
  const boxes = new RectBuckets();
  placing.forEach((p, k) => boxes.add(k, p.candidate.box));
  placing.forEach((p, k) => {
    if (p.fewest > 0) return;
    const { job } = p;
    const start = job.route.points[0]!;
    const width = measure.width(job.text, ROUTE_LABEL_FONT, false);
    const scene = sceneOf(job, width, (near, reach) =>
      boxes
        .near(start, reach)
        .filter((i) => i !== k)
        .map((i) => placing[i]!.candidate.box)
        .filter(near),
    );
    const testWork = sceneWork(scene, tally);
    tally.work += testWork;
    if (conflicts(p.candidate.box, job, scene, 1, ROOMY.clear, ROOMY.gap) === 0) return;
    let found: Candidate | null = null;
    for (const c of candidates(job, width, ROOMY.gap)) {
      if (pointToRect(start, c.box) > REACH) continue;
      tally.work += testWork;
      if (conflicts(c.box, job, scene, 1, ROOMY.clear, ROOMY.gap) === 0) {
        found = c;
        break;
      }
    }
    if (!found) {
      const box = sweep(job, width, scene, ROOMY.clear, ROOMY.gap, tally);
      if (box)
        found = {
          box,
          label: labelAt(job.text, box, box.x + width / 2 >= start.x ? 'left' : 'right'),
        };
    }
    if (!found) return;
    p.candidate = found;
    // Later labels test against where this one stands now.
    boxes.add(k, found.box);
  });
}

/** The nearest free place within reach on a fine grid (see nearestFreePlace), with these margins. */
function sweep(
  job: LabelJob<unknown>,
  width: number,
  scene: Scene,
  clear: number,
  ownGap: number,
  tally: { work: number },
): Rect | null {
  return nearestFreePlace(
    {
      route: job.route,
      width,
      height: HEIGHT,
      reach: REACH,
      nearer: NEARER,
      clear,
      ownGap,
      step: SWEEP_STEP,
    },
    scene,
    tally,
  );
}

/** Gathering a scene costs a unit for each thing in it; testing a place about one for every CONFLICTS_PER_WORK of them. */
function sceneWork(scene: Scene, tally: { work: number }): number {
  const nearby = scene.boxes.length + scene.heads.length + scene.labels.length;
  tally.work += nearby + scene.routes.length;
  return 1 + (nearby + scene.routes.length) / CONFLICTS_PER_WORK;
}

/** What a label near its exit must keep clear of: symbols, arrows and heads near it, and `labels` given. */
function sceneMaker(area: RoutingArea, routes: Route[], heads: Rect[], index: PageIndex) {
  return (
    job: LabelJob<unknown>,
    width: number,
    labels: (near: (r: Rect) => boolean, reach: number) => Rect[],
  ): Scene => {
    const start = job.route.points[0]!;
    const reach = width + HEIGHT + MAX_SHIFT + 2 * (ROOMY.gap + ROOMY.clear);
    const near = (r: Rect): boolean => pointToRect(start, r) < reach;
    // Only what the buckets hold near the start can be near, taken in page order as before.
    const boxes = index.boxes
      .near(start, reach)
      .map((k) => area.boxes[k]!)
      .filter((b) => near(b.rect));
    const own = index.routeAt.get(job.route);
    const routeIds = index.routes.near(start, REACH + width + HEIGHT + 2 * ROOMY.clear);
    if (own !== undefined && !routeIds.includes(own)) {
      routeIds.push(own);
      routeIds.sort((a, b) => a - b);
    }
    return {
      area,
      boxes,
      shapes: boxes.map((b) => shapeMeeter(b.shape ?? 'process', b.rect)),
      routes: routeIds
        .map((k) => routes[k]!)
        .filter((r) => r === job.route || routeNear(r, start, width)),
      heads: index.heads
        .near(start, reach)
        .map((k) => heads[k]!)
        .filter(near),
      labels: labels(near, reach),
    };
  };
}

/** Whether some segment of a route comes close enough to a label within reach of `start` to matter. */
function routeNear(route: Route, start: Point, width: number): boolean {
  const far = REACH + width + HEIGHT + 2 * ROOMY.clear;
  for (let k = 1; k < route.points.length; k++) {
    const a = route.points[k - 1]!;
    const b = route.points[k]!;
    const r = segmentRect(a, b);
    if (pointToRect(start, r) < far) return true;
  }
  return false;
}

interface Scene extends SweepScene {
  /** A test of each box's outline, in the order of `boxes`. */
  shapes: ((r: Rect) => boolean)[];
}

/** Places beside the start of the exit, nearest first, the side the arrow does not turn to first. */
function candidates(job: LabelJob<unknown>, width: number, gap = GAP): Candidate[] {
  const [a, b = a, c] = job.route.points as [Point, Point?, Point?];
  const centre = {
    x: job.source.rect.x + job.source.rect.width / 2,
    y: job.source.rect.y + job.source.rect.height / 2,
  };
  const horizontal = Math.abs(a.y - b.y) < 1e-9 && a.x !== b.x;
  const out: Candidate[] = [];
  const text = job.text;
  if (horizontal) {
    const right = b.x > a.x;
    // On the side the arrow does not turn to, or away from the centre line (an exit beside a vertex).
    const off = a.y - centre.y;
    const below = Math.abs(off) > 0.01 ? off > 0 : c !== undefined && c.y < b.y;
    for (const extra of APART) {
      const apart = gap + extra;
      for (const s of SHIFTS) {
        for (const under of [below, !below]) {
          const x = right ? a.x + gap + s : a.x - gap - s - width;
          const y = under ? a.y + apart : a.y - apart - HEIGHT;
          const box = { x, y, width, height: HEIGHT };
          out.push({ box, label: labelAt(text, box, right ? 'left' : 'right') });
        }
      }
    }
    return out;
  }
  const down = b.y >= a.y;
  const off = a.x - centre.x;
  const left = Math.abs(off) > 0.01 ? off < 0 : c !== undefined && c.x > b.x;
  for (const extra of APART) {
    const apart = gap + extra;
    for (const s of SHIFTS) {
      for (const onLeft of [left, !left]) {
        const x = onLeft ? a.x - apart - width : a.x + apart;
        const y = down ? a.y + gap + s : a.y - gap - s - HEIGHT;
        const box = { x, y, width, height: HEIGHT };
        out.push({ box, label: labelAt(text, box, onLeft ? 'right' : 'left') });
      }
    }
  }
  return out;
}

function labelAt(text: string, box: Rect, align: 'left' | 'right'): Candidate['label'] {
  return {
    text,
    x: align === 'left' ? box.x : box.x + box.width,
    y: box.y + LABEL_ASCENT * ROUTE_LABEL_FONT,
    align,
  };
}

/** How badly a label box breaks the rules, FIXED for each table line or symbol (counting stops at `enough`). */
function conflicts(
  box: Rect,
  job: LabelJob<unknown>,
  scene: Scene,
  enough: number,
  clear: number,
  /** Room kept from its own first segment (the candidates already stand this far off it). */
  ownGap = 0,
): number {
  let count = 0;
  const own = job.route;
  const wide = grow(box, clear);
  if (!insideOneCell(wide, scene.area)) count += FIXED;
  for (const meets of scene.shapes) if (meets(wide)) count += FIXED;
  for (const h of scene.heads) if (rectsMeet(grow(box, Math.min(clear, 0.5)), h)) count++;
  for (const l of scene.labels) if (rectsMeet(wide, l)) count++;
  if (count >= enough) return count;
  const ownStart = own.points[0]!;
  const reach = pointToRect(ownStart, box);
  const source = grow(job.source.rect, 0.5);
  for (const route of scene.routes) {
    const p = route.points[0];
    // Another exit of the same symbol stays where it is whatever the other
    // arrows do: only another exit side mends a label squeezed by it.
    const sibling = route !== own && p !== undefined && pointToRect(p, source) === 0;
    const weight = sibling ? FIXED : 1;
    if (route !== own && p && pointToRect(p, box) <= reach + NEARER) count += weight;
    for (let k = 1; k < route.points.length; k++) {
      const a = route.points[k - 1]!;
      const b = route.points[k]!;
      const ownFirst = route === own && k === 1;
      const room = ownFirst ? (ownGap > 0 ? grow(box, ownGap - 1e-6) : box) : wide;
      if (segmentMeets(a, b, room)) count += sibling && k === 1 ? FIXED : 1;
    }
    if (count >= enough) return count;
  }
  return count;
}

/** Whether a rect lies within one actor column and one table band (crossing no table line). */
function insideOneCell(r: Rect, area: RoutingArea): boolean {
  const column = area.columns.some((c) => r.x >= c.left && r.x + r.width <= c.right);
  if (!column) return false;
  return bandsAcross(area.bands, r.y, r.y + r.height).some((k) => {
    const b = area.bands[k]!;
    return r.y >= b.top && r.y + r.height <= b.bottom;
  });
}
