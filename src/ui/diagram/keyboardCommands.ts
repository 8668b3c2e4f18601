import { addStep, moveSymbol, connect } from '../../model/commands';
import type { SopDocument, SymbolShape } from '../../model/types';
import type { SelectionItem } from '../../store/editorTypes';

/*
 * The keyboard's editing paths, as pure functions of the document and the selection: each
 * returns the new document and what to select next, or null when it does not apply.
 */

export interface KeyResult {
  doc: SopDocument;
  select: SelectionItem[];
}

/** The symbol the selection points at: a selected symbol, or the last symbol of a selected step. */
export function focusSymbol(doc: SopDocument, selection: readonly SelectionItem[]): string | null {
  for (let i = selection.length - 1; i >= 0; i--) {
    const item = selection[i]!;
    if (item.kind === 'symbol') return item.id;
    if (item.kind === 'step') {
      const step = doc.steps.find((s) => s.id === item.id);
      const last = step?.symbols.at(-1);
      if (last) return last.id;
    }
  }
  return null;
}

function stepOfSymbol(doc: SopDocument, symbolId: string): { index: number; actor: string } | null {
  for (let index = 0; index < doc.steps.length; index++) {
    const symbol = doc.steps[index]!.symbols.find((s) => s.id === symbolId);
    if (symbol) return { index, actor: symbol.actor };
  }
  return null;
}

/** A new step below the selected one, in the same lane, with an arrow from the selected symbol. */
export function addNextStep(
  doc: SopDocument,
  selection: readonly SelectionItem[],
  shape: SymbolShape = 'process',
): KeyResult | null {
  const from = focusSymbol(doc, selection);
  const place = from === null ? null : stepOfSymbol(doc, from);
  const result = addStep(doc, {
    shape,
    ...(place && from !== null
      ? { afterStepId: doc.steps[place.index]!.id, connectFrom: from }
      : {}),
  });
  return result && { doc: result.doc, select: [{ kind: 'symbol', id: result.symbolId }] };
}

/** An arrow from the selected symbol to the first symbol of step `number` (1-based). */
export function connectToStep(
  doc: SopDocument,
  selection: readonly SelectionItem[],
  number: number,
): KeyResult | null {
  const from = focusSymbol(doc, selection);
  const target = doc.steps[number - 1]?.symbols[0];
  if (from === null || !target) return null;
  const result = connect(doc, from, target.id);
  return result && { doc: result.doc, select: [{ kind: 'flow', id: result.flowId }] };
}

/** Moves the selected symbol one lane left/right or one row up/down (Alt+arrows). */
export function nudgeSymbol(
  doc: SopDocument,
  selection: readonly SelectionItem[],
  direction: 'left' | 'right' | 'up' | 'down',
): KeyResult | null {
  const symbolId = focusSymbol(doc, selection);
  const place = symbolId === null ? null : stepOfSymbol(doc, symbolId);
  if (symbolId === null || !place) return null;
  const lane = doc.actors.findIndex((a) => a.id === place.actor);
  const dx = direction === 'left' ? -1 : direction === 'right' ? 1 : 0;
  const dy = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
  const actor = doc.actors[lane + dx];
  const step = doc.steps[place.index + dy];
  if (!actor || !step) return null;
  // Coming down from above, it goes on top of the target cell's stack; coming up, below it.
  const next = moveSymbol(doc, symbolId, {
    stepId: step.id,
    actorId: actor.id,
    ...(dy > 0 ? { index: 0 } : {}),
  });
  return next === doc ? null : { doc: next, select: [{ kind: 'symbol', id: symbolId }] };
}

/**
 * The symbol to select when an arrow key is pressed: left/right walk the current row's
 * symbols, up/down go to the previous/next row's symbol nearest in lane.
 */
export function neighbourSymbol(
  doc: SopDocument,
  selection: readonly SelectionItem[],
  direction: 'left' | 'right' | 'up' | 'down',
): string | null {
  const current = focusSymbol(doc, selection);
  if (current === null) return doc.steps[0]?.symbols[0]?.id ?? null;
  const place = stepOfSymbol(doc, current);
  if (!place) return null;
  const lanes = new Map(doc.actors.map((a, i) => [a.id, i]));
  const row = doc.steps[place.index]!.symbols;
  if (direction === 'left' || direction === 'right') {
    const i = row.findIndex((s) => s.id === current) + (direction === 'left' ? -1 : 1);
    return row[i]?.id ?? null;
  }
  const other = doc.steps[place.index + (direction === 'up' ? -1 : 1)]?.symbols ?? [];
  const lane = lanes.get(place.actor) ?? 0;
  let best: { id: string; distance: number } | null = null;
  for (const s of other) {
    const distance = Math.abs((lanes.get(s.actor) ?? 0) - lane);
    if (!best || distance < best.distance) best = { id: s.id, distance };
  }
  return best?.id ?? null;
}
