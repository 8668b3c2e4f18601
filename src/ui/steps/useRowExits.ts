import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../../store/useEditor';
import { RowExitsCache, type SymbolExits } from './rowExitsCache';

export type { RowExitSlot, SymbolExits } from './rowExitsCache';

/**
 * The exits of every row, keyed by step id. Derived only from the rows' symbols and the
 * arrows, never from the texts, so typing in a cell leaves these arrays (and the memoized
 * rows that receive them) untouched; a row whose exits did not change keeps its array.
 */
export function useRowExits(): ReadonlyMap<string, SymbolExits[]> {
  const stepIds = useEditor(useShallow((s) => s.doc.steps.map((step) => step.id)));
  const symbols = useEditor(useShallow((s) => s.doc.steps.map((step) => step.symbols)));
  const flows = useEditor((s) => s.doc.flows);
  const [cache] = useState(() => new RowExitsCache());
  return useMemo(() => cache.derive(stepIds, symbols, flows), [cache, stepIds, symbols, flows]);
}
