import type { SopDocument } from '../types';
import type { Finding } from './finding';
import { stepNumberOf, type SopGraph } from './sopGraph';

/**
 * Start and end: exactly one start (a terminator nothing leads into, or the first row's
 * terminator that loops come back to) and it sits in the first row; at least one end; no
 * other terminator with arrows both in and out.
 */
export function checkTerminators(doc: SopDocument, graph: SopGraph): Finding[] {
  const findings: Finding[] = [];
  const [first, ...others] = graph.starts;
  if (first === undefined) {
    // With no steps at all there is nothing to point at; the id is then empty.
    findings.push({
      code: 'start.missing',
      severity: 'error',
      target: { kind: 'step', id: doc.steps[0]?.id ?? '' },
      params: {},
    });
  } else if (graph.symbols[first]!.stepIndex !== 0) {
    findings.push({
      code: 'start.not-first-step',
      severity: 'error',
      target: { kind: 'symbol', id: graph.symbols[first]!.symbol.id },
      params: { step: stepNumberOf(graph, first) },
    });
  }
  for (const extra of others) {
    findings.push({
      code: 'start.multiple',
      severity: 'error',
      target: { kind: 'symbol', id: graph.symbols[extra]!.symbol.id },
      params: { step: stepNumberOf(graph, extra) },
    });
  }
  if (graph.ends.length === 0) {
    findings.push({
      code: 'end.missing',
      severity: 'error',
      target: { kind: 'step', id: doc.steps.at(-1)?.id ?? '' },
      params: {},
    });
  }
  graph.symbols.forEach((placed, i) => {
    if (placed.symbol.shape !== 'terminator' || graph.starts.includes(i)) return;
    if (graph.entries[i]!.length > 0 && graph.exits[i]!.length > 0) {
      findings.push({
        code: 'terminator.middle',
        severity: 'error',
        target: { kind: 'symbol', id: placed.symbol.id },
        params: { step: stepNumberOf(graph, i) },
      });
    }
  });
  return findings;
}
