import { ID_PREFIX, nextId } from '../ids';
import { LIMITS } from '../limits';
import type { SopDocument } from '../types';
import { clampText, dropEmptySteps, flowsAvoiding, laneOrder, moveItem, sortByLane } from './rows';

/** Commands on the actors (the Pelaksana lanes, left to right). */

export interface AddActorResult {
  doc: SopDocument;
  actorId: string;
}

/** Adds a lane at `atIndex` (default: rightmost); null when the file's actor limit is reached. */
export function addActor(doc: SopDocument, name: string, atIndex?: number): AddActorResult | null {
  if (doc.actors.length >= LIMITS.actors) return null;
  const actorId = nextId(doc, ID_PREFIX.actor);
  const at =
    atIndex === undefined
      ? doc.actors.length
      : Math.max(0, Math.min(doc.actors.length, Math.trunc(atIndex)));
  const actors = [...doc.actors];
  actors.splice(at, 0, { id: actorId, name: clampText(name) });
  return { doc: { ...doc, actors }, actorId };
}

/** A name for a new actor, "Pelaksana N" with the smallest N not in use. */
export function newActorName(doc: SopDocument, template: (n: number) => string): string {
  const taken = new Set(doc.actors.map((a) => a.name.trim().toLowerCase()));
  for (let n = doc.actors.length + 1; ; n++) {
    const name = template(n);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Adds an actor at the right end with a fresh name; null at the actor limit. */
export function appendActor(
  doc: SopDocument,
  template: (n: number) => string,
): AddActorResult | null {
  return addActor(doc, newActorName(doc, template));
}

/** Renames a lane. */
export function renameActor(doc: SopDocument, actorId: string, name: string): SopDocument {
  const text = clampText(name);
  const index = doc.actors.findIndex((a) => a.id === actorId);
  if (index < 0 || doc.actors[index]!.name === text) return doc;
  const actors = [...doc.actors];
  actors[index] = { ...doc.actors[index]!, name: text };
  return { ...doc, actors };
}

/**
 * The document with every row's symbols sorted to the current lane order (the order the format
 * prescribes); the same document when they already are. Also useful on a hand-written file.
 */
export function sortSymbolsByLane(doc: SopDocument): SopDocument {
  const lanes = laneOrder(doc);
  let changed = false;
  const steps = doc.steps.map((step) => {
    const symbols = sortByLane(step.symbols, lanes);
    if (symbols === step.symbols) return step;
    changed = true;
    return { ...step, symbols };
  });
  return changed ? { ...doc, steps } : doc;
}

/**
 * Moves a lane to `toIndex` (clamped). Rows' symbols are re-sorted, because the format stores
 * them left to right: a row going from lane 1 to lane 3 must list them the other way round
 * once lane 3 sits to the left of lane 1.
 */
export function moveActor(doc: SopDocument, actorId: string, toIndex: number): SopDocument {
  const from = doc.actors.findIndex((a) => a.id === actorId);
  if (from < 0) return doc;
  const actors = moveItem(doc.actors, from, toIndex);
  return actors === doc.actors ? doc : sortSymbolsByLane({ ...doc, actors });
}

/** How many symbols sit in an actor's lane (for the "delete N symbols?" confirmation). */
export function countActorSymbols(doc: SopDocument, actorId: string): number {
  let count = 0;
  for (const step of doc.steps) {
    for (const symbol of step.symbols) if (symbol.actor === actorId) count++;
  }
  return count;
}

/**
 * Removes a lane. With `moveSymbolsTo` its symbols move to that lane (keeping their rows and
 * arrows); without it they are removed with their arrows, and rows left empty go too.
 */
export function deleteActor(
  doc: SopDocument,
  actorId: string,
  options: { moveSymbolsTo?: string } = {},
): SopDocument {
  if (!doc.actors.some((a) => a.id === actorId)) return doc;
  const target = options.moveSymbolsTo;
  if (target !== undefined && (target === actorId || !doc.actors.some((a) => a.id === target))) {
    return doc;
  }
  const actors = doc.actors.filter((a) => a.id !== actorId);
  if (target !== undefined) {
    const steps = doc.steps.map((step) =>
      step.symbols.some((s) => s.actor === actorId)
        ? {
            ...step,
            symbols: step.symbols.map((s) => (s.actor === actorId ? { ...s, actor: target } : s)),
          }
        : step,
    );
    return sortSymbolsByLane({ ...doc, actors, steps });
  }
  const doomed = new Set(
    doc.steps.flatMap((step) => step.symbols.filter((s) => s.actor === actorId).map((s) => s.id)),
  );
  const steps = doc.steps.map((step) =>
    step.symbols.some((s) => doomed.has(s.id))
      ? { ...step, symbols: step.symbols.filter((s) => !doomed.has(s.id)) }
      : step,
  );
  return dropEmptySteps({ ...doc, actors, steps, flows: flowsAvoiding(doc.flows, doomed) });
}
