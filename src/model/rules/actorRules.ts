import type { SopDocument } from '../types';
import type { Finding } from './finding';

/** An actor column with no symbol prints as an empty lane: probably left over. */
export function checkActors(doc: SopDocument): Finding[] {
  const used = new Set<string>();
  for (const step of doc.steps) for (const symbol of step.symbols) used.add(symbol.actor);
  return doc.actors
    .filter((actor) => !used.has(actor.id))
    .map((actor) => ({
      code: 'actor.unused',
      severity: 'warning',
      target: { kind: 'actor', id: actor.id },
      params: { actor: actor.name.trim() || '?' },
    }));
}
