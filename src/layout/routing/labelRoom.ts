import type { Point, Rect, Route } from '../geometry';
import { sheetMeasurer } from '../text/measure';
import { portCombos, type ExitPort } from './exitSides';
import { firstAbove, type RoutingGrid } from './grid';
import { LABEL_ASCENT, LABEL_DESCENT } from './labelBox';
import { grow } from './labelSpace';
import type { Side } from './search';
import { ROUTE_LABEL_FONT, type RoutingArea, type RoutingRequest } from './types';

/** The ports exits are made to leave by for their labels, and how many port pairs each symbol has tried. */
export interface ExitPorts {
  forced: Map<RoutingRequest, ExitPort>;
  tried: Map<string, number>;
}

/**
 * Moves the exits of each symbol with a label in `moving` to the next pair of
 * ports it has not tried (that label's exit first, then another exit of the
 * symbol); says whether any moved.
 */
export function moveExits(
  ports: ExitPorts,
  moving: RoutingRequest[],
  requests: RoutingRequest[],
  routes: Route[],
  rectOf: (id: string) => Rect | undefined,
): boolean {
  let moved = false;
  for (const source of new Set(moving.map((r) => r.from))) {
    const rect = rectOf(source);
    const mine = requests.filter((r) => r.from === source && r.to !== source);
    const first = mine.filter((r) => moving.includes(r));
    const exitsOf = [...first, ...mine.filter((r) => !first.includes(r))].slice(0, 2);
    const now = exitsOf.map((r) => exitSide(routes, r, rect));
    // (The ports the exits leave by now are known not to do.)
    const combos = portCombos(exitsOf.length).filter(
      (c) => !c.every((port, i) => port.offset === 0 && !port.reserve && now[i] === port.side),
    );
    const k = ports.tried.get(source) ?? 0;
    if (k >= combos.length) continue;
    ports.tried.set(source, k + 1);
    combos[k]!.forEach((port, i) => ports.forced.set(exitsOf[i]!, port));
    moved = true;
  }
  return moved;
}

/** The side of its source that a routed flow leaves by. */
export function exitSide(
  routes: Route[],
  request: RoutingRequest,
  source: Rect | undefined,
): Side | null {
  // A flow id names one route of the page, or two when both halves of a break meet on it.
  const route = routes.find(
    (r) => r.flowId === request.flowId && r.points[0] && source && onRect(r.points[0], source),
  );
  const [a, b] = route?.points ?? [];
  if (!a || !b) return null;
  if (Math.abs(a.y - b.y) < 1e-9) return b.x > a.x ? 'right' : 'left';
  return b.y > a.y ? 'bottom' : 'top';
}

function onRect(p: Point, r: Rect): boolean {
  return (
    p.x >= r.x - 0.5 &&
    p.x <= r.x + r.width + 0.5 &&
    p.y >= r.y - 0.5 &&
    p.y <= r.y + r.height + 0.5
  );
}

/**
 * The room for a label right under a symbol, across its centre line, below the
 * first grid line under it (TURN_GAP under it, where its exit from the bottom
 * vertex turns): kept clear of arrows, grown by the clearance labels keep.
 */
export function labelRoomBelow(
  area: RoutingArea,
  grid: RoutingGrid,
  spec: { rect: Rect } | undefined,
  text: string,
): Rect[] {
  if (!spec) return [];
  const track = grid.ys[firstAbove(grid.ys, spec.rect.y + spec.rect.height + 1e-9)];
  if (track === undefined) return [];
  const width = (area.measure ?? sheetMeasurer).width(text, ROUTE_LABEL_FONT, false);
  const height = (LABEL_ASCENT + LABEL_DESCENT) * ROUTE_LABEL_FONT;
  const centre = spec.rect.x + spec.rect.width / 2;
  const column = area.columns.find((c) => c.left <= centre && centre <= c.right);
  const left = column
    ? Math.min(Math.max(centre - width / 2, column.left + 1), column.right - 1 - width)
    : centre - width / 2;
  return [grow({ x: left, y: track + RESERVE_GAP, width, height }, RESERVE_GAP)];
}

/** Gap between a reserved label room and the track above it, and the clearance kept around it. */
const RESERVE_GAP = 0.75;
/** Distance from a symbol's bottom to the line its exit turns on at once. */
export const TURN_GAP = 2.5;
