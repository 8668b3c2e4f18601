import type { Finding } from './finding';
import { stepNumberOf, type SopGraph } from './sopGraph';

/**
 * Arrows themselves: none from a symbol to itself, and no second arrow between
 * the same two symbols in the same direction (an arrow back, as in a "Tidak"
 * loop, goes the other way and is normal). The later duplicate is the culprit.
 */
export function checkFlows(graph: SopGraph): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { flow, from, to } of graph.flows) {
    const step = stepNumberOf(graph, from);
    if (from === to) {
      findings.push({
        code: 'flow.self-loop',
        severity: 'error',
        target: { kind: 'flow', id: flow.id },
        params: { step },
      });
      continue;
    }
    const key = `${from}>${to}`;
    if (seen.has(key)) {
      findings.push({
        code: 'flow.duplicate',
        severity: 'error',
        target: { kind: 'flow', id: flow.id },
        params: { step, to: stepNumberOf(graph, to) },
      });
    }
    seen.add(key);
  }
  return findings;
}
