import {
  copySelection,
  deleteFlows,
  deleteSteps,
  deleteSymbols,
  duplicateSteps,
  pasteFragment,
  setSymbolShape,
  type StepsFragment,
} from '../../model/commands';
import type { SopDocument, SymbolShape } from '../../model/types';
import type { SelectionItem } from '../../store/editorTypes';
import type { KeyResult } from './keyboardCommands';
import { focusSymbol } from './keyboardCommands';

const idsOf = (selection: readonly SelectionItem[], kind: SelectionItem['kind']) =>
  selection.filter((s) => s.kind === kind).map((s) => s.id);

/** Deletes what is selected: arrows, symbols (rows left empty go too) and whole rows, in one step. */
export function deleteSelection(
  doc: SopDocument,
  selection: readonly SelectionItem[],
): SopDocument {
  let next = deleteFlows(doc, idsOf(selection, 'flow'));
  next = deleteSymbols(next, idsOf(selection, 'symbol'));
  return deleteSteps(next, idsOf(selection, 'step'));
}

/** The selected rows and symbols as a fragment to copy; null when none are selected. */
export function copyOf(
  doc: SopDocument,
  selection: readonly SelectionItem[],
): StepsFragment | null {
  return copySelection(doc, {
    stepIds: idsOf(selection, 'step'),
    symbolIds: idsOf(selection, 'symbol'),
  });
}

function lastSelectedStep(
  doc: SopDocument,
  selection: readonly SelectionItem[],
): string | undefined {
  const symbol = focusSymbol(doc, selection);
  const touched = new Set(idsOf(selection, 'step'));
  if (symbol !== null) {
    for (const step of doc.steps)
      if (step.symbols.some((s) => s.id === symbol)) touched.add(step.id);
  }
  return doc.steps.filter((s) => touched.has(s.id)).at(-1)?.id;
}

/** Pastes a fragment below the selection (at the end when nothing is selected). */
export function pasteBelow(
  doc: SopDocument,
  selection: readonly SelectionItem[],
  fragment: StepsFragment,
): KeyResult | null {
  const result = pasteFragment(doc, fragment, lastSelectedStep(doc, selection));
  return result && { doc: result.doc, select: result.stepIds.map((id) => ({ kind: 'step', id })) };
}

/** Duplicates the selected rows (and the rows of selected symbols) below the last of them. */
export function duplicateSelection(
  doc: SopDocument,
  selection: readonly SelectionItem[],
): KeyResult | null {
  const symbols = new Set(idsOf(selection, 'symbol'));
  const stepIds = new Set(idsOf(selection, 'step'));
  for (const step of doc.steps)
    if (step.symbols.some((s) => symbols.has(s.id))) stepIds.add(step.id);
  const result = duplicateSteps(doc, [...stepIds]);
  return result && { doc: result.doc, select: result.stepIds.map((id) => ({ kind: 'step', id })) };
}

/** Gives every selected symbol another shape. */
export function reshapeSelection(
  doc: SopDocument,
  selection: readonly SelectionItem[],
  shape: SymbolShape,
): SopDocument {
  return idsOf(selection, 'symbol').reduce((d, id) => setSymbolShape(d, id, shape), doc);
}
