import type { SopDocument } from '../types';
import { checkActors } from './actorRules';
import { checkExits } from './exitRules';
import type { Finding, FindingTarget } from './finding';
import { checkFlows } from './flowRules';
import { checkPrint, type UnprintableReport } from './printRules';
import type { TextPlace } from '../textPlaces';
import { checkIdentity } from './identityRules';
import { checkReachability } from './reachabilityRules';
import { checkRoutes } from './routeRules';
import { buildSopGraph, type SopGraph } from './sopGraph';
import { checkSteps } from './stepRules';
import { checkTerminators } from './terminatorRules';

type SortKey = readonly [row: number, place: number];

/**
 * Where findings sort: the row they belong to, then the symbol's place in that row
 * (a step's own fields come before its symbols; an arrow goes with the symbol it
 * leaves), so the list reads top to bottom like the sheet. Actor findings follow
 * the rows, identity findings come last.
 */
function makeSortKey(doc: SopDocument, graph: SopGraph): (target: FindingTarget) => SortKey {
  const rows = doc.steps.length;
  const stepIndex = new Map(doc.steps.map((s, i) => [s.id, i]));
  const actorIndex = new Map(doc.actors.map((a, i) => [a.id, i]));
  const flowSource = new Map(graph.flows.map((e) => [e.flow.id, e.from]));
  const symbolKey = (index: number | undefined): SortKey => {
    const placed = index === undefined ? undefined : graph.symbols[index];
    return placed ? [placed.stepIndex, placed.position] : [rows, 0];
  };
  return (target) => {
    switch (target.kind) {
      case 'step':
        return [stepIndex.get(target.id) ?? 0, -1];
      case 'symbol':
        return symbolKey(graph.indexOf.get(target.id));
      case 'flow':
        return symbolKey(flowSource.get(target.id));
      case 'actor':
        return [rows, actorIndex.get(target.id) ?? 0];
      case 'identity':
      case 'columnLabel':
        return [rows + 1, 0];
    }
  };
}

/**
 * What the sheet's layout found, when it is known: the flows it could not route
 * cleanly, the texts with characters its fonts lack, and the texts it had to hyphenate.
 */
export interface LayoutReport {
  uncleanFlows: ReadonlySet<string>;
  unprintable?: readonly UnprintableReport[];
  hyphenated?: readonly TextPlace[];
}

/**
 * Runs every SOP rule on `doc` and returns the findings in sheet order, the same
 * order on every run. Linear in the size of the document apart from sorting the findings.
 * With `layout`, the flows it could not route cleanly are findings too.
 */
export function checkSop(doc: SopDocument, layout?: LayoutReport): Finding[] {
  const graph = buildSopGraph(doc);
  const findings = [
    ...checkTerminators(doc, graph),
    ...checkSteps(doc),
    ...checkExits(graph),
    ...checkFlows(graph),
    ...(layout ? checkRoutes(graph, layout.uncleanFlows) : []),
    ...(layout ? checkPrint(doc, graph, layout.unprintable ?? [], layout.hyphenated ?? []) : []),
    ...checkReachability(graph),
    ...checkActors(doc),
    ...checkIdentity(doc),
  ];
  const keyOf = makeSortKey(doc, graph);
  return findings
    .map((finding, order) => ({ finding, order, key: keyOf(finding.target) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.order - b.order)
    .map((k) => k.finding);
}
