import { buildSopGraph } from '../rules/sopGraph';
import type { SopDocument } from '../types';
import { parseDuration } from './parseDuration';
import { longestTotals, shortestTotals, type EntryCost } from './pathTotals';
import type { DurationRange } from './workingTime';

export interface DurationSummary {
  /** The quickest way from the start to an end: least total of the lower bounds, least total of the upper bounds. */
  shortest: DurationRange | null;
  /** The slowest way, not going round loops: greatest totals of the lower and upper bounds. */
  longest: DurationRange | null;
  /** Steps whose Waktu is written but could not be read; they count as zero. */
  unreadable: string[];
  /** Steps with an empty Waktu; they count as zero. */
  missing: string[];
}

/**
 * Total working time along the shortest and the longest way from the start to an
 * end of the flow, each step's Waktu counted once per visit (a row through two
 * actors counts once). Loops: the shortest way never gains from one; the longest
 * does not go round one again (an arrow back to a symbol already on the way, as
 * "Tidak" back to an earlier step, is not followed), so each loop counts as
 * passed through once. Both bounds of a range are optimized separately, so
 * shortest.min and shortest.max may come from different ways. Null when no end
 * can be reached from the start.
 */
export function summarizeDuration(doc: SopDocument): DurationSummary {
  const unreadable: string[] = [];
  const missing: string[] = [];
  const ranges = doc.steps.map((step) => {
    const range = parseDuration(step.time);
    if (!range) (step.time.trim() === '' ? missing : unreadable).push(step.id);
    return range ?? { min: 0, max: 0 };
  });
  const graph = buildSopGraph(doc);
  const start = graph.starts[0];
  if (start === undefined || graph.ends.length === 0) {
    return { shortest: null, longest: null, unreadable, missing };
  }
  const stepOf = (i: number) => graph.symbols[i]!.stepIndex;
  const entry =
    (bound: 'min' | 'max'): EntryCost =>
    (from, to) =>
      stepOf(from) === stepOf(to) ? 0 : ranges[stepOf(to)]![bound];
  const startRange = ranges[stepOf(start)]!;
  const totals = (bound: 'min' | 'max') => ({
    short: shortestTotals(graph, start, startRange[bound], entry(bound)),
    long: longestTotals(graph, start, startRange[bound], entry(bound)),
  });
  const low = totals('min');
  const high = totals('max');
  const atEnds = (values: Float64Array, pick: (...n: number[]) => number) =>
    pick(...graph.ends.map((e) => values[e]!));
  const shortest = { min: atEnds(low.short, Math.min), max: atEnds(high.short, Math.min) };
  const longest = { min: atEnds(low.long, Math.max), max: atEnds(high.long, Math.max) };
  if (!Number.isFinite(shortest.min) || !Number.isFinite(longest.max)) {
    return { shortest: null, longest: null, unreadable, missing };
  }
  return { shortest, longest, unreadable, missing };
}
