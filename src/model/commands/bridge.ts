import type { Flow } from '../types';

/** The flows left when symbols go, and those of them carried across the gap. */
export interface BridgedFlows {
  flows: Flow[];
  /** The arrows that now lead past the removed symbols (each with its new target). */
  bridged: Flow[];
}

/**
 * The flows that remain once `removed` symbols are gone, with the chain kept whole: an
 * arrow into a removed symbol is carried on to where the removed symbols lead, when they
 * lead to exactly one symbol that stays. Deleting step 4 of 1→2→3→4→5 leaves 3→5. A
 * removed decision with two ways on leaves its incoming arrows out, for the writer to
 * choose. The carried arrow keeps its id, its place in the list and its label (the label
 * belongs to its source's exit: "Ya" stays "Ya"); one that would repeat an arrow already
 * there, or lead back to its own source, is dropped.
 */
export function flowsBridging(flows: Flow[], removed: ReadonlySet<string>): BridgedFlows {
  if (removed.size === 0) return { flows, bridged: [] };
  const exits = new Map<string, Flow[]>();
  for (const f of flows) exits.set(f.from, [...(exits.get(f.from) ?? []), f]);
  // Where a removed symbol leads, through other removed symbols: the kept symbols reached.
  const leadsTo = (start: string): Set<string> => {
    const found = new Set<string>();
    const seen = new Set([start]);
    const queue = [start];
    for (let k = 0; k < queue.length; k++) {
      for (const f of exits.get(queue[k]!) ?? []) {
        if (!removed.has(f.to)) found.add(f.to);
        else if (!seen.has(f.to)) {
          seen.add(f.to);
          queue.push(f.to);
        }
      }
    }
    return found;
  };
  const pair = (f: Flow) => `${f.from}\u0000${f.to}`;
  const present = new Set(
    flows.filter((f) => !removed.has(f.from) && !removed.has(f.to)).map(pair),
  );
  const bridged: Flow[] = [];
  const out: Flow[] = [];
  for (const f of flows) {
    if (removed.has(f.from)) continue;
    if (!removed.has(f.to)) {
      out.push(f);
      continue;
    }
    const targets = [...leadsTo(f.to)];
    if (targets.length !== 1 || targets[0] === f.from) continue;
    const carried = { ...f, to: targets[0]! };
    if (present.has(pair(carried))) continue;
    present.add(pair(carried));
    out.push(carried);
    bridged.push(carried);
  }
  return { flows: out, bridged };
}
