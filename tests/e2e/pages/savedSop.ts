/** The parts of a saved `.sop.json` document that the browser tests read back. */
export interface SavedSop {
  actors: { id: string; name: string }[];
  steps: {
    id: string;
    activity: string;
    symbols: { id: string; shape: string; actor: string }[];
  }[];
  flows: { id: string; from: string; to: string; label: string }[];
}

/** Each flow as "row→row label", rows numbered from 1 as on the sheet, sorted. */
export function flowsByRow(sop: SavedSop): string[] {
  const rowOf = new Map<string, number>();
  sop.steps.forEach((s, i) => s.symbols.forEach((x) => rowOf.set(x.id, i + 1)));
  return sop.flows
    .map((f) => `${rowOf.get(f.from)}→${rowOf.get(f.to)}${f.label ? ` ${f.label}` : ''}`)
    .sort();
}

/** The step holding symbol `symbolId`, if any. */
export function stepOf(sop: SavedSop, symbolId: string): SavedSop['steps'][number] | undefined {
  return sop.steps.find((s) => s.symbols.some((x) => x.id === symbolId));
}
