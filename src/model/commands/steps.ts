import { ID_PREFIX, createIdAllocator } from '../ids';
import { LIMITS } from '../limits';
import type { Flow, SopDocument, Step, SymbolShape } from '../types';
import { flowsBridging } from './bridge';
import { connect } from './flows';
import {
  blankStep,
  clampText,
  findSymbol,
  insertionIndex,
  mapStep,
  moveItem,
  stepIndexOf,
} from './rows';

/*
 * Commands on the rows of the flowchart table. Like every command they return a new document
 * and leave the old one untouched; a command given an id that names nothing changes nothing
 * (same document back, or null for commands that report what they created).
 */

/** Name given to the actor `addStep` creates when the document has none yet (as in `newDocument`). */
export const DEFAULT_ACTOR_NAME = 'Pelaksana';

export interface AddStepArgs {
  /** Undefined: append at the end; null: insert at the top; an id: insert below that step. */
  afterStepId?: string | null;
  /** Lane of the new symbol; by default the lane of `connectFrom`, else of the row above, else the first lane. */
  actorId?: string;
  shape?: SymbolShape;
  activity?: string;
  /** A symbol to draw an arrow from, to the new symbol. */
  connectFrom?: string;
}

export interface AddStepResult {
  doc: SopDocument;
  stepId: string;
  symbolId: string;
}

/** Adds a row with one symbol, optionally with an arrow from an existing symbol; null when it cannot. */
export function addStep(doc: SopDocument, args: AddStepArgs = {}): AddStepResult | null {
  if (doc.steps.length >= LIMITS.steps) return null;
  const at = insertionIndex(doc, args.afterStepId);
  if (at < 0) return null;
  const from = args.connectFrom === undefined ? null : findSymbol(doc, args.connectFrom);
  if (args.connectFrom !== undefined && !from) return null;
  if (args.actorId !== undefined && !doc.actors.some((a) => a.id === args.actorId)) return null;

  const newId = createIdAllocator(doc);
  let actors = doc.actors;
  let actorId =
    args.actorId ?? from?.symbol.actor ?? doc.steps[at - 1]?.symbols.at(-1)?.actor ?? actors[0]?.id;
  if (actorId === undefined) {
    // A document without actors cannot hold a symbol: give it the default one, as a new SOP has.
    actorId = newId(ID_PREFIX.actor);
    actors = [{ id: actorId, name: DEFAULT_ACTOR_NAME }];
  }
  const stepId = newId(ID_PREFIX.step);
  const symbolId = newId(ID_PREFIX.symbol);
  const step: Step = {
    ...blankStep(stepId, [{ id: symbolId, shape: args.shape ?? 'process', actor: actorId }]),
    activity: clampText(args.activity ?? ''),
  };
  const steps = [...doc.steps];
  steps.splice(at, 0, step);
  let next: SopDocument = { ...doc, actors, steps };
  if (from) next = connect(next, from.symbol.id, symbolId)?.doc ?? next;
  return { doc: next, stepId, symbolId };
}

/** The step fields a user edits as text (and the page-break flag). */
export type StepPatch = Partial<
  Pick<Step, 'activity' | 'requirements' | 'time' | 'output' | 'notes' | 'pageBreakBefore'>
>;

const TEXT_FIELDS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;

/** Changes a step's texts or page-break flag; the same document when nothing changes. */
export function updateStep(doc: SopDocument, stepId: string, patch: StepPatch): SopDocument {
  return mapStep(doc, stepId, (step) => {
    let next = step;
    for (const field of TEXT_FIELDS) {
      const value = patch[field];
      if (value !== undefined && clampText(value) !== step[field]) {
        next = { ...next, [field]: clampText(value) };
      }
    }
    if (patch.pageBreakBefore !== undefined && patch.pageBreakBefore !== !!step.pageBreakBefore) {
      // `false` is stored as an absent field, so a toggled-back row equals the original.
      const { pageBreakBefore: _drop, ...rest } = next;
      next = patch.pageBreakBefore ? { ...rest, pageBreakBefore: true } : rest;
    }
    return next;
  });
}

/**
 * Removes steps, their symbols and every arrow touching those symbols; an arrow into them
 * is carried on to where they led, when that is one step (see flowsBridging).
 */
export function deleteSteps(doc: SopDocument, stepIds: readonly string[]): SopDocument {
  const doomed = new Set(stepIds);
  if (!doc.steps.some((step) => doomed.has(step.id))) return doc;
  return {
    ...doc,
    steps: doc.steps.filter((step) => !doomed.has(step.id)),
    flows: flowsBridging(doc.flows, symbolsOfSteps(doc, doomed)).flows,
  };
}

/** The arrows deleteSteps would carry past the deleted steps, with their new targets. */
export function bridgedByDeletingSteps(doc: SopDocument, stepIds: readonly string[]): Flow[] {
  return flowsBridging(doc.flows, symbolsOfSteps(doc, new Set(stepIds))).bridged;
}

function symbolsOfSteps(doc: SopDocument, stepIds: ReadonlySet<string>): Set<string> {
  return new Set(
    doc.steps.filter((s) => stepIds.has(s.id)).flatMap((s) => s.symbols.map((x) => x.id)),
  );
}

/** Moves a step so that it ends up at `toIndex` (0-based, clamped); its arrows go with it. */
export function moveStep(doc: SopDocument, stepId: string, toIndex: number): SopDocument {
  const from = stepIndexOf(doc, stepId);
  if (from < 0) return doc;
  const steps = moveItem(doc.steps, from, toIndex);
  return steps === doc.steps ? doc : { ...doc, steps };
}
