import { fileError, formatPath, type FileError, type PathSegment } from './fileErrors';

/*
 * Rules that look across the document: one namespace of ids for actors, steps,
 * symbols and flows, and references that must name something. They read the raw
 * value defensively so they can report alongside shape errors in one pass.
 */

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const listAt = (v: Raw, key: string): unknown[] => {
  const list = v[key];
  return Array.isArray(list) ? list : [];
};

/** Checks id uniqueness and that `symbol.actor`, `flow.from` and `flow.to` exist. */
export function checkReferences(doc: unknown): FileError[] {
  if (!isRecord(doc)) return [];
  const errors: FileError[] = [];
  const firstUse = new Map<string, string>();
  const actorIds = new Set<string>();
  const symbolIds = new Set<string>();

  const claim = (item: unknown, path: PathSegment[]): string | null => {
    if (!isRecord(item) || typeof item.id !== 'string') return null;
    const where = formatPath([...path, 'id']);
    const earlier = firstUse.get(item.id);
    if (earlier !== undefined) {
      errors.push(fileError([...path, 'id'], 'duplicateId', { id: item.id, firstPath: earlier }));
    } else {
      firstUse.set(item.id, where);
    }
    return item.id;
  };

  listAt(doc, 'actors').forEach((actor, i) => {
    const id = claim(actor, ['actors', i]);
    if (id !== null) actorIds.add(id);
  });
  const symbolActors: { actor: string; path: PathSegment[] }[] = [];
  listAt(doc, 'steps').forEach((step, i) => {
    claim(step, ['steps', i]);
    if (!isRecord(step)) return;
    listAt(step, 'symbols').forEach((symbol, j) => {
      const path: PathSegment[] = ['steps', i, 'symbols', j];
      const id = claim(symbol, path);
      if (id !== null) symbolIds.add(id);
      if (isRecord(symbol) && typeof symbol.actor === 'string') {
        symbolActors.push({ actor: symbol.actor, path: [...path, 'actor'] });
      }
    });
  });
  const flowEnds: { id: string; path: PathSegment[] }[] = [];
  listAt(doc, 'flows').forEach((flow, i) => {
    claim(flow, ['flows', i]);
    if (!isRecord(flow)) return;
    for (const end of ['from', 'to'] as const) {
      const id = flow[end];
      if (typeof id === 'string') flowEnds.push({ id, path: ['flows', i, end] });
    }
  });

  for (const { actor, path } of symbolActors) {
    if (!actorIds.has(actor)) errors.push(fileError(path, 'unknownActor', { id: actor }));
  }
  for (const { id, path } of flowEnds) {
    if (!symbolIds.has(id)) errors.push(fileError(path, 'unknownSymbol', { id }));
  }
  return errors;
}
