import type { Flow, SopDocument, SopSymbol } from '../types';

/** A symbol with where it sits: its step (row) and its place in that row. */
export interface PlacedSymbol {
  symbol: SopSymbol;
  stepIndex: number;
  position: number;
}

/** A flow whose two ends name existing symbols, by their index in `SopGraph.symbols`. */
export interface GraphFlow {
  flow: Flow;
  from: number;
  to: number;
}

/**
 * The flowchart as a graph over symbol indices (document order), built once in
 * linear time so every rule can ask its questions without searching the document.
 * Arrows to the symbol itself are kept in `flows` but left out of the adjacency:
 * they get their own finding and would otherwise make a dead end look like an exit.
 */
export interface SopGraph {
  symbols: PlacedSymbol[];
  indexOf: Map<string, number>;
  flows: GraphFlow[];
  /** Outgoing flows of each symbol (no self-arrows), in document order of the flows. */
  exits: GraphFlow[][];
  /** Incoming flows of each symbol (no self-arrows). */
  entries: GraphFlow[][];
  /**
   * Terminators with no incoming arrow, in document order — and the first row's terminator
   * when it leads on: arrows back into it are loops ("Tidak lengkap: dikembalikan kepada
   * pemohon" back to the applicant's first step), as signed SOPs draw them.
   */
  starts: number[];
  /** Terminators with no outgoing arrow that something leads into. */
  ends: number[];
}

/** Builds the symbol graph of `doc`; flows naming unknown symbols are ignored. */
export function buildSopGraph(doc: SopDocument): SopGraph {
  const symbols: PlacedSymbol[] = [];
  const indexOf = new Map<string, number>();
  doc.steps.forEach((step, stepIndex) => {
    step.symbols.forEach((symbol, position) => {
      indexOf.set(symbol.id, symbols.length);
      symbols.push({ symbol, stepIndex, position });
    });
  });
  const exits: GraphFlow[][] = symbols.map(() => []);
  const entries: GraphFlow[][] = symbols.map(() => []);
  const flows: GraphFlow[] = [];
  for (const flow of doc.flows) {
    const from = indexOf.get(flow.from);
    const to = indexOf.get(flow.to);
    if (from === undefined || to === undefined) continue;
    const edge = { flow, from, to };
    flows.push(edge);
    if (from === to) continue;
    exits[from]!.push(edge);
    entries[to]!.push(edge);
  }
  const starts: number[] = [];
  const ends: number[] = [];
  symbols.forEach((placed, i) => {
    if (placed.symbol.shape !== 'terminator') return;
    // A lone terminator (no arrows at all) counts as the start: a new SOP begins
    // with one, and "no end yet" is then the helpful message, not "no start".
    const loopedStart = placed.stepIndex === 0 && exits[i]!.length > 0;
    if (entries[i]!.length === 0 || loopedStart) starts.push(i);
    else if (exits[i]!.length === 0) ends.push(i);
  });
  return { symbols, indexOf, flows, exits, entries, starts, ends };
}

/** Marks every symbol reachable from `sources`, following exits (or entries when `backwards`). */
export function markReachable(graph: SopGraph, sources: number[], backwards = false): Uint8Array {
  const seen = new Uint8Array(graph.symbols.length);
  const queue = [...sources];
  for (const s of sources) seen[s] = 1;
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    const edges = backwards ? graph.entries[current]! : graph.exits[current]!;
    for (const edge of edges) {
      const next = backwards ? edge.from : edge.to;
      if (seen[next]) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return seen;
}

/** The printed row number ("No") of a symbol. */
export function stepNumberOf(graph: SopGraph, symbolIndex: number): number {
  return graph.symbols[symbolIndex]!.stepIndex + 1;
}
