import { LIMITS } from '../limits';
import type { SopDocument } from '../types';

/**
 * The invariants every command keeps (the file format's cross-document rules plus the row rules
 * the editor relies on). Returns one message per broken rule, empty when the document is well
 * formed. Cheap enough to run after every command in tests and development builds.
 */
export function wellFormedProblems(doc: SopDocument): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const claim = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`${where}: id '${id}' used twice`);
    seen.add(id);
  };
  const checkText = (text: string, where: string) => {
    if (text.length > LIMITS.textChars) problems.push(`${where}: text longer than the limit`);
  };

  if (doc.actors.length > LIMITS.actors) problems.push('actors: more than the limit');
  if (doc.steps.length > LIMITS.steps) problems.push('steps: more than the limit');

  const actorIds = new Set<string>();
  doc.actors.forEach((actor, i) => {
    claim(actor.id, `actors[${i}]`);
    checkText(actor.name, `actors[${i}].name`);
    actorIds.add(actor.id);
  });
  const lanes = new Map(doc.actors.map((a, i) => [a.id, i]));

  const symbolIds = new Set<string>();
  doc.steps.forEach((step, i) => {
    claim(step.id, `steps[${i}]`);
    for (const field of ['activity', 'requirements', 'time', 'output', 'notes'] as const) {
      checkText(step[field], `steps[${i}].${field}`);
    }
    if (step.symbols.length === 0) problems.push(`steps[${i}]: no symbol`);
    let lastLane = -1;
    step.symbols.forEach((symbol, j) => {
      claim(symbol.id, `steps[${i}].symbols[${j}]`);
      symbolIds.add(symbol.id);
      if (!actorIds.has(symbol.actor)) {
        problems.push(`steps[${i}].symbols[${j}].actor: no actor with id '${symbol.actor}'`);
      }
      const lane = lanes.get(symbol.actor) ?? -1;
      if (lane < lastLane) problems.push(`steps[${i}].symbols[${j}]: not in lane order`);
      lastLane = Math.max(lastLane, lane);
    });
  });

  doc.flows.forEach((flow, i) => {
    claim(flow.id, `flows[${i}]`);
    checkText(flow.label, `flows[${i}].label`);
    if (!symbolIds.has(flow.from)) problems.push(`flows[${i}].from: no symbol '${flow.from}'`);
    if (!symbolIds.has(flow.to)) problems.push(`flows[${i}].to: no symbol '${flow.to}'`);
  });
  return problems;
}
