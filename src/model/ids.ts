import type { SopDocument } from './types';

/**
 * The id prefixes the app uses. Any prefix works (ids are opaque strings); these are the
 * ones the fixtures and `newDocument` use, so generated ids look like hand-written ones.
 */
export const ID_PREFIX = { actor: 'a', step: 's', symbol: 'n', flow: 'f' } as const;

/** Every id in use: actors, steps, symbols and flows share one namespace (file-format.md). */
export function collectIds(doc: SopDocument): Set<string> {
  const ids = new Set<string>();
  for (const actor of doc.actors) ids.add(actor.id);
  for (const step of doc.steps) {
    ids.add(step.id);
    for (const symbol of step.symbols) ids.add(symbol.id);
  }
  for (const flow of doc.flows) ids.add(flow.id);
  return ids;
}

/** The id `prefix + n` with the smallest n ≥ 1 that is not in `taken`. */
export function smallestFreeId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

/** An id unused anywhere in the document: `prefix` followed by the smallest free number. */
export function nextId(doc: SopDocument, prefix: string): string {
  return smallestFreeId(collectIds(doc), prefix);
}

/**
 * A generator of fresh ids for a command that creates several things at once (a paste):
 * each call returns an id free in the document and unlike every id it returned before.
 */
export function createIdAllocator(doc: SopDocument): (prefix: string) => string {
  const taken = collectIds(doc);
  return (prefix) => {
    const id = smallestFreeId(taken, prefix);
    taken.add(id);
    return id;
  };
}
