import { ID_PREFIX, createIdAllocator } from '../ids';
import { LIMITS } from '../limits';
import {
  SYMBOL_SHAPES,
  type Actor,
  type Flow,
  type SopDocument,
  type SopSymbol,
  type Step,
} from '../types';
import { DEFAULT_ACTOR_NAME } from './steps';
import { clampText, insertionIndex, laneOrder, sortByLane } from './rows';
import { stepRoom } from './room';

/*
 * Copy and paste of rows. A fragment is self-contained (it carries the actors its symbols sit
 * in), so it can be pasted into another SOP, or come back from the system clipboard as JSON.
 */

/** Rows with their symbols, the arrows among those symbols, and the actors they use. */
export interface StepsFragment {
  actors: Actor[];
  steps: Step[];
  flows: Flow[];
}

/**
 * The selected rows as a fragment: whole rows for `stepIds`, and for rows that only have some
 * symbols selected, those symbols. Rows keep document order; null when nothing is selected.
 */
export function copySelection(
  doc: SopDocument,
  selection: { stepIds?: readonly string[]; symbolIds?: readonly string[] },
): StepsFragment | null {
  const wholeRows = new Set(selection.stepIds ?? []);
  const someSymbols = new Set(selection.symbolIds ?? []);
  const steps: Step[] = [];
  for (const step of doc.steps) {
    const symbols = wholeRows.has(step.id)
      ? step.symbols
      : step.symbols.filter((s) => someSymbols.has(s.id));
    if (symbols.length > 0) steps.push(symbols === step.symbols ? step : { ...step, symbols });
  }
  if (steps.length === 0) return null;
  const symbolIds = new Set(steps.flatMap((s) => s.symbols.map((x) => x.id)));
  const actorIds = new Set(steps.flatMap((s) => s.symbols.map((x) => x.actor)));
  return {
    actors: doc.actors.filter((a) => actorIds.has(a.id)),
    steps,
    flows: doc.flows.filter((f) => symbolIds.has(f.from) && symbolIds.has(f.to)),
  };
}

export interface PasteResult {
  doc: SopDocument;
  stepIds: string[];
  symbolIds: string[];
}

function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Inserts a fragment below `afterStepId` (undefined: at the end, null: at the top) with fresh
 * ids. Its actors are matched to the document's by name; unmatched ones are added.
 * A page break is not pasted: it belongs to a place on the sheet, not to the row's content.
 * Null when the fragment has no rows or the document would pass the step limit.
 */
export function pasteFragment(
  doc: SopDocument,
  fragment: StepsFragment,
  afterStepId?: string | null,
): PasteResult | null {
  const rows = fragment.steps.filter((s) => s.symbols.length > 0);
  const at = insertionIndex(doc, afterStepId);
  // A fragment is pasted whole or not at all: half of it would cut its arrows apart.
  if (rows.length === 0 || at < 0 || rows.length > stepRoom(doc)) return null;

  const newId = createIdAllocator(doc);
  const actors = [...doc.actors];
  const actorMap = new Map<string, string>();
  const actorFor = (fragmentActorId: string): string => {
    const mapped = actorMap.get(fragmentActorId);
    if (mapped !== undefined) return mapped;
    const source = fragment.actors.find((a) => a.id === fragmentActorId);
    const name = source ? normalName(source.name) : null;
    // By name first: ids of another SOP mean nothing here ("a2" may be a different person).
    // The id is only trusted when the fragment does not say whose lane it was.
    const match = source
      ? (actors.find((a) => a.id === fragmentActorId && normalName(a.name) === name) ??
        actors.find((a) => normalName(a.name) === name))
      : actors.find((a) => a.id === fragmentActorId);
    let id = match?.id;
    if (id === undefined && actors.length < LIMITS.actors) {
      id = newId(ID_PREFIX.actor);
      actors.push({ id, name: clampText(source?.name ?? DEFAULT_ACTOR_NAME) });
    }
    id ??= actors[0]!.id; // only reached at the actor limit, so there is a first actor
    actorMap.set(fragmentActorId, id);
    return id;
  };

  const symbolMap = new Map<string, string>();
  const pasted: Step[] = rows.map((row) => {
    const symbols: SopSymbol[] = row.symbols.map((s) => {
      const id = newId(ID_PREFIX.symbol);
      symbolMap.set(s.id, id);
      return {
        id,
        shape: SYMBOL_SHAPES.includes(s.shape) ? s.shape : 'process',
        actor: actorFor(s.actor),
      };
    });
    return {
      id: newId(ID_PREFIX.step),
      activity: clampText(row.activity),
      requirements: clampText(row.requirements),
      time: clampText(row.time),
      output: clampText(row.output),
      notes: clampText(row.notes),
      symbols,
    };
  });
  const lanes = laneOrder({ ...doc, actors });
  const sorted = pasted.map((step) => ({ ...step, symbols: sortByLane(step.symbols, lanes) }));

  const flows: Flow[] = [];
  const joined = new Set<string>();
  for (const flow of fragment.flows) {
    const from = symbolMap.get(flow.from);
    const to = symbolMap.get(flow.to);
    const key = `${from}\u0000${to}`;
    if (from === undefined || to === undefined || from === to || joined.has(key)) continue;
    joined.add(key);
    flows.push({ id: newId(ID_PREFIX.flow), from, to, label: clampText(flow.label) });
  }

  const steps = [...doc.steps];
  steps.splice(at, 0, ...sorted);
  return {
    doc: { ...doc, actors, steps, flows: [...doc.flows, ...flows] },
    stepIds: sorted.map((s) => s.id),
    symbolIds: sorted.flatMap((s) => s.symbols.map((x) => x.id)),
  };
}

/** Copies rows (with the arrows among them) and inserts the copies below the last of them. */
export function duplicateSteps(doc: SopDocument, stepIds: readonly string[]): PasteResult | null {
  const fragment = copySelection(doc, { stepIds });
  if (!fragment) return null;
  return pasteFragment(doc, fragment, fragment.steps.at(-1)!.id);
}
