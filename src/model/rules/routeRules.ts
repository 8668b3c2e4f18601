import type { Finding } from './finding';
import { stepNumberOf, type SopGraph } from './sopGraph';

/**
 * Arrows the sheet's router could not draw cleanly (it ran out of work, or
 * found no path clear of symbols and other arrows), as layout reported them:
 * they are drawn by a plain path that may cross symbols or other arrows, so
 * the user knows to thin out the arrows there or move symbols apart. The
 * layout runs elsewhere (off the main thread); this only words its answer.
 */
export function checkRoutes(graph: SopGraph, unclean: ReadonlySet<string>): Finding[] {
  if (unclean.size === 0) return [];
  return graph.flows.flatMap(({ flow, from, to }) =>
    unclean.has(flow.id)
      ? [
          {
            code: 'flow.not-routed-cleanly' as const,
            severity: 'warning' as const,
            target: { kind: 'flow' as const, id: flow.id },
            params: { step: stepNumberOf(graph, from), to: stepNumberOf(graph, to) },
          },
        ]
      : [],
  );
}
