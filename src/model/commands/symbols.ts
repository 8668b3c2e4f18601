import { ID_PREFIX, nextId } from '../ids';
import type { SopDocument, Step, SymbolShape } from '../types';
import { flowsBridging } from './bridge';
import {
  clampText,
  dropEmptySteps,
  findSymbol,
  laneOrder,
  mapStep,
  sortByLane,
  stepIndexOf,
} from './rows';

/** Commands on the symbols inside rows. A row's symbols are always kept in lane order. */

export interface AddSymbolResult {
  doc: SopDocument;
  symbolId: string;
}

/** Adds a symbol to a row, in the given lane (below any symbol already in that cell). */
export function addSymbol(
  doc: SopDocument,
  args: { stepId: string; actorId: string; shape: SymbolShape },
): AddSymbolResult | null {
  if (stepIndexOf(doc, args.stepId) < 0) return null;
  if (!doc.actors.some((a) => a.id === args.actorId)) return null;
  const symbolId = nextId(doc, ID_PREFIX.symbol);
  const lanes = laneOrder(doc);
  const next = mapStep(doc, args.stepId, (step) => ({
    ...step,
    symbols: sortByLane(
      [...step.symbols, { id: symbolId, shape: args.shape, actor: args.actorId }],
      lanes,
    ),
  }));
  return { doc: next, symbolId };
}

const TEXT_FIELDS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;

/**
 * The target row after it absorbed the texts of a row that lost its last symbol. A row cannot
 * exist without a symbol, so that row goes; but what the user typed in it should not vanish
 * silently when they merely dragged a symbol, so its texts are appended below the target's.
 */
function absorbTexts(target: Step, emptied: Step): Step {
  let next = target;
  for (const field of TEXT_FIELDS) {
    const extra = emptied[field].trim();
    if (extra === '' || target[field].includes(extra)) continue;
    const joined = target[field].trim() === '' ? extra : `${target[field]}\n${extra}`;
    next = { ...next, [field]: clampText(joined) };
  }
  return next;
}

/**
 * Moves a symbol to another row and/or lane. `index` is its place among the target row's
 * symbols; as symbols stay in lane order it only decides the order inside one cell. A row left
 * without symbols is removed and its texts are appended to the target row's (see absorbTexts).
 */
export function moveSymbol(
  doc: SopDocument,
  symbolId: string,
  to: { stepId: string; actorId: string; index?: number },
): SopDocument {
  const place = findSymbol(doc, symbolId);
  const targetIndex = stepIndexOf(doc, to.stepId);
  if (!place || targetIndex < 0 || !doc.actors.some((a) => a.id === to.actorId)) return doc;
  const sameRow = targetIndex === place.stepIndex;
  if (sameRow && place.symbol.actor === to.actorId && to.index === undefined) return doc;

  const lanes = laneOrder(doc);
  const moved = { ...place.symbol, actor: to.actorId };
  const source: Step = {
    ...place.step,
    symbols: place.step.symbols.filter((s) => s.id !== symbolId),
  };
  let target = sameRow ? source : doc.steps[targetIndex]!;
  const symbols = [...target.symbols];
  const at = to.index === undefined ? symbols.length : Math.max(0, Math.trunc(to.index));
  symbols.splice(Math.min(at, symbols.length), 0, moved);
  target = { ...target, symbols: sortByLane(symbols, lanes) };
  if (!sameRow && source.symbols.length === 0) target = absorbTexts(target, source);

  // Reordering inside a cell may give back the very same order: keep the old document then.
  if (sameRow && sameSymbols(target, place.step)) return doc;
  const steps = [...doc.steps];
  steps[targetIndex] = target;
  if (!sameRow) steps[place.stepIndex] = source;
  return dropEmptySteps({ ...doc, steps });
}

function sameSymbols(a: Step, b: Step): boolean {
  return (
    a.symbols.length === b.symbols.length &&
    a.symbols.every((s, i) => s.id === b.symbols[i]?.id && s.actor === b.symbols[i]?.actor)
  );
}

/** Changes a symbol's shape (terminator, process, decision). */
export function setSymbolShape(
  doc: SopDocument,
  symbolId: string,
  shape: SymbolShape,
): SopDocument {
  const place = findSymbol(doc, symbolId);
  if (!place || place.symbol.shape === shape) return doc;
  return mapStep(doc, place.step.id, (step) => ({
    ...step,
    symbols: step.symbols.map((s) => (s.id === symbolId ? { ...s, shape } : s)),
  }));
}

/**
 * Removes symbols and their arrows (an arrow into them is carried on to where they led,
 * when that is one symbol: see flowsBridging); rows left without a symbol are removed too.
 */
export function deleteSymbols(doc: SopDocument, symbolIds: readonly string[]): SopDocument {
  const doomed = new Set(symbolIds);
  if (!doc.steps.some((step) => step.symbols.some((s) => doomed.has(s.id)))) return doc;
  const steps = doc.steps.map((step) =>
    step.symbols.some((s) => doomed.has(s.id))
      ? { ...step, symbols: step.symbols.filter((s) => !doomed.has(s.id)) }
      : step,
  );
  return dropEmptySteps({ ...doc, steps, flows: flowsBridging(doc.flows, doomed).flows });
}
