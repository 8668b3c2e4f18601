import type { Finding } from './finding';
import { stepNumberOf, type GraphFlow, type SopGraph } from './sopGraph';

/** Labels compare as the reader sees them: "Ya", " ya" and "YA" are the same answer. */
function labelKey(label: string): string {
  return label.trim().toLocaleLowerCase('id');
}

/**
 * Where a symbol may go next. A decision needs two or more exits, each labelled,
 * no two alike. A process needs an exit, and several unlabelled exits are
 * ambiguous, unless they all enter one row: that is one activity done jointly by
 * several actors (a row with a symbol in two columns), drawn that way on signed SOPs.
 */
export function checkExits(graph: SopGraph): Finding[] {
  const findings: Finding[] = [];
  graph.symbols.forEach((placed, i) => {
    const exits = graph.exits[i]!;
    const step = stepNumberOf(graph, i);
    const id = placed.symbol.id;
    switch (placed.symbol.shape) {
      case 'decision':
        if (exits.length < 2) {
          findings.push({
            code: 'decision.too-few-exits',
            severity: 'error',
            target: { kind: 'symbol', id },
            params: { step, count: exits.length },
          });
        }
        findings.push(...checkDecisionLabels(graph, exits, step));
        break;
      case 'process': {
        if (exits.length === 0) {
          findings.push({
            code: 'process.no-exit',
            severity: 'error',
            target: { kind: 'symbol', id },
            params: { step },
          });
        }
        const unlabelled = exits.filter((e) => labelKey(e.flow.label) === '');
        const rows = new Set(unlabelled.map((e) => graph.symbols[e.to]!.stepIndex));
        if (unlabelled.length >= 2 && rows.size > 1) {
          findings.push({
            code: 'process.unlabelled-exits',
            severity: 'error',
            target: { kind: 'symbol', id },
            params: { step, count: unlabelled.length },
          });
        }
        break;
      }
      case 'terminator':
        break;
    }
  });
  return findings;
}

function checkDecisionLabels(graph: SopGraph, exits: GraphFlow[], step: number): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const exit of exits) {
    const key = labelKey(exit.flow.label);
    const to = stepNumberOf(graph, exit.to);
    if (key === '') {
      findings.push({
        code: 'decision.unlabelled-exit',
        severity: 'error',
        target: { kind: 'flow', id: exit.flow.id },
        params: { step, to },
      });
    } else if (seen.has(key)) {
      findings.push({
        code: 'decision.duplicate-label',
        severity: 'error',
        target: { kind: 'flow', id: exit.flow.id },
        params: { step, to, label: exit.flow.label.trim() },
      });
    }
    seen.add(key);
  }
  return findings;
}
