import type { SelectionItem } from '../../store/editorTypes';
import { TABLE_NODE_ID } from './toFlowElements';

/** The selection item a canvas node or edge id stands for (the table stands for nothing). */
export function itemForNode(nodeId: string): SelectionItem | null {
  if (nodeId === TABLE_NODE_ID) return null;
  if (nodeId.startsWith('row:')) return { kind: 'step', id: nodeId.slice(4) };
  return { kind: 'symbol', id: nodeId };
}

/** The canvas id (node or edge) that shows a selection item, if the canvas shows it. */
export function canvasIdFor(item: SelectionItem): string | null {
  switch (item.kind) {
    case 'step':
      return `row:${item.id}`;
    case 'symbol':
    case 'flow':
      return item.id;
    case 'actor':
    case 'identity':
      return null;
    default: {
      const unknown: never = item.kind;
      throw new Error(`Unknown selection kind ${String(unknown)}`);
    }
  }
}

const same = (a: SelectionItem, b: SelectionItem) => a.kind === b.kind && a.id === b.id;

/**
 * The selection after React Flow's select changes: selected items are added (in order),
 * deselected ones removed; items the canvas does not show (an actor) are dropped as soon as
 * the canvas selects something, because a selection is of one place at a time.
 */
export function applySelectChanges(
  selection: readonly SelectionItem[],
  changes: readonly { item: SelectionItem | null; selected: boolean }[],
): SelectionItem[] {
  let next = [...selection];
  for (const { item, selected } of changes) {
    if (!item) continue;
    if (selected) {
      next = next.filter((s) => canvasIdFor(s) !== null);
      if (!next.some((s) => same(s, item))) next.push(item);
    } else {
      next = next.filter((s) => !same(s, item));
    }
  }
  return next;
}

/** The steps a selection touches: selected rows, and the rows of selected symbols, in no order. */
export function selectedStepIds(
  selection: readonly SelectionItem[],
  stepOfSymbol: (symbolId: string) => string | undefined,
): string[] {
  const ids = new Set<string>();
  for (const item of selection) {
    if (item.kind === 'step') ids.add(item.id);
    if (item.kind === 'symbol') {
      const stepId = stepOfSymbol(item.id);
      if (stepId !== undefined) ids.add(stepId);
    }
  }
  return [...ids];
}
