import type { Finding } from './finding';
import { markReachable, stepNumberOf, type SopGraph } from './sopGraph';

/**
 * Every symbol lies on some way from the start to an end. Each half runs only
 * when its anchor exists: without a start (or an end) every symbol would be
 * reported, saying nothing the missing-start (missing-end) finding does not.
 *
 * Findings go to the cause, not to everything downstream of it, so that one
 * deleted arrow gives one or two findings rather than a page of them:
 * - unreachable: a symbol nothing leads into is reported; symbols only reachable
 *   through it are not (fixing it fixes them). A closed loop that nothing enters
 *   has no such symbol, so all its symbols are reported.
 * - dead end: a process or decision with no exit already has its own finding, so
 *   symbols that lead into one are not reported again; what remains are loops
 *   with no way out and terminators that lead nowhere.
 */
export function checkReachability(graph: SopGraph): Finding[] {
  const findings: Finding[] = [];
  const n = graph.symbols.length;
  const indices = Array.from({ length: n }, (_, i) => i);
  let unreachable: (i: number) => boolean = () => false;
  if (graph.starts.length > 0) {
    const fromStart = markReachable(graph, graph.starts);
    const roots = indices.filter((i) => !fromStart[i] && graph.entries[i]!.length === 0);
    const fromRoots = markReachable(graph, roots);
    unreachable = (i) => !fromStart[i] && (graph.entries[i]!.length === 0 || !fromRoots[i]);
  }
  let deadEnd: (i: number) => boolean = () => false;
  if (graph.ends.length > 0) {
    const stuck = indices.filter(
      (i) => graph.symbols[i]!.symbol.shape !== 'terminator' && graph.exits[i]!.length === 0,
    );
    const toEndOrStuck = markReachable(graph, [...graph.ends, ...stuck], true);
    deadEnd = (i) => !toEndOrStuck[i];
  }
  for (const i of indices) {
    const target = { kind: 'symbol', id: graph.symbols[i]!.symbol.id } as const;
    const params = { step: stepNumberOf(graph, i) };
    if (unreachable(i)) {
      findings.push({ code: 'symbol.unreachable', severity: 'error', target, params });
    }
    if (deadEnd(i)) {
      findings.push({ code: 'symbol.dead-end', severity: 'error', target, params });
    }
  }
  return findings;
}
