import { fileError, formatPath, type ErrorList, type PathSegment } from './fileErrors';

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

/**
 * Checks id uniqueness and that `symbol.actor`, `flow.from` and `flow.to` exist,
 * adding to `errors` and stopping once it is full. One pass suffices: actors come
 * before the steps that name them, symbols before the flows. Places are kept as
 * segments and written out only for an error, so a valid file with 200,000 flows
 * builds no path text.
 */
export function checkReferences(doc: unknown, errors: ErrorList): void {
  if (!isRecord(doc)) return;
  const firstUse = new Map<string, PathSegment[]>();
  const actorIds = new Set<string>();
  const symbolIds = new Set<string>();

  const claim = (id: string, path: PathSegment[]): void => {
    const earlier = firstUse.get(id);
    if (earlier === undefined) {
      firstUse.set(id, path);
      return;
    }
    const firstPath = formatPath([...earlier, 'id']);
    errors.add(fileError([...path, 'id'], 'duplicateId', { id, firstPath }));
  };

  const actors = listAt(doc, 'actors');
  for (let i = 0; i < actors.length && !errors.full; i++) {
    const actor = actors[i];
    if (!isRecord(actor) || typeof actor.id !== 'string') continue;
    claim(actor.id, ['actors', i]);
    actorIds.add(actor.id);
  }
  const steps = listAt(doc, 'steps');
  for (let i = 0; i < steps.length && !errors.full; i++) {
    const step = steps[i];
    if (!isRecord(step)) continue;
    if (typeof step.id === 'string') claim(step.id, ['steps', i]);
    const symbols = listAt(step, 'symbols');
    for (let j = 0; j < symbols.length && !errors.full; j++) {
      const symbol = symbols[j];
      if (!isRecord(symbol)) continue;
      if (typeof symbol.id === 'string') {
        claim(symbol.id, ['steps', i, 'symbols', j]);
        symbolIds.add(symbol.id);
      }
      const actor = symbol.actor;
      if (typeof actor === 'string' && !actorIds.has(actor)) {
        errors.add(fileError(['steps', i, 'symbols', j, 'actor'], 'unknownActor', { id: actor }));
      }
    }
  }
  const flows = listAt(doc, 'flows');
  for (let i = 0; i < flows.length && !errors.full; i++) {
    const flow = flows[i];
    if (!isRecord(flow)) continue;
    if (typeof flow.id === 'string') claim(flow.id, ['flows', i]);
    for (const end of ['from', 'to'] as const) {
      const id = flow[end];
      if (typeof id === 'string' && !symbolIds.has(id)) {
        errors.add(fileError(['flows', i, end], 'unknownSymbol', { id }));
      }
    }
  }
}
