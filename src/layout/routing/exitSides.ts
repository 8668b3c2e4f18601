import type { PortSpec, Side } from './search';

/** A port an exit is made to leave by: a side, and its vertex (0) or a point beside it (±1). */
export type ExitPort = {
  side: Side;
  offset: -1 | 0 | 1;
  /** Keep the room right below the symbol for its label: the exit turns at once, its label under the turn. */
  reserve?: boolean;
};

const L: ExitPort = { side: 'left', offset: 0 };
const R: ExitPort = { side: 'right', offset: 0 };
const B: ExitPort = { side: 'bottom', offset: 0 };
const B_LEFT: ExitPort = { side: 'bottom', offset: -1 };
const B_RIGHT: ExitPort = { side: 'bottom', offset: 1 };
const B_TURN: ExitPort = { side: 'bottom', offset: 0, reserve: true };

/**
 * The ports tried in turn for (up to) two exits of a symbol whose label found
 * no free place, the exit of that label first. Both exits by the side
 * vertices come first: in a column too narrow for the text beside an arrow on
 * its centre line, the room left is across that line below the symbol, which
 * an exit from the bottom vertex would take. Last, an exit from beside the
 * bottom vertex, its label across the centre line on the other side of it,
 * the other exit leaving by the side away from that label (for a symbol
 * narrower than its label, where a label below it is as near to both side
 * vertices). Last of all, the one that fits the narrowest column: out of the
 * bottom vertex and sideways at once, the label across the centre line under
 * the turn, the other exit by a side.
 */
export function portCombos(count: number): ExitPort[][] {
  const pairs: ExitPort[][] = [
    [L, R],
    [R, L],
    [L, B],
    [R, B],
    [B, L],
    [B, R],
    [B_LEFT, L],
    [B_RIGHT, R],
    [L, B_RIGHT],
    [R, B_LEFT],
    [B_TURN, R],
    [B_TURN, L],
  ];
  if (count >= 2) return pairs;
  return [[L], [R], [B], [B_LEFT], [B_RIGHT], [B_TURN]];
}

/** The source ports of an exit made to leave by `port`: that one free, every other one dearer by `penalty`. */
export function forcePort(ports: PortSpec[], port: ExitPort, penalty: number): PortSpec[] {
  const same = (p: PortSpec): boolean => p.side === port.side && (p.offset ?? 0) === port.offset;
  const out = ports.map((p) =>
    same(p) ? { ...p, penalty: 0 } : { ...p, penalty: p.penalty + penalty },
  );
  return out.some(same) ? out : [{ ...port, penalty: 0 }, ...out];
}
