import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SymbolShape } from '../../model/types';
import { useEditor } from '../../store/useEditor';
import { exitSlots } from './stepsEditing';

/** One exit select as a row shows it: the arrow (if any) and the number of the row it reaches. */
export interface RowExitSlot {
  label: string;
  flowId: string | null;
  targetStepId: string | null;
  targetNumber: number | null;
}

/** A symbol of a row with its exit selects. */
export interface SymbolExits {
  symbolId: string;
  shape: SymbolShape;
  slots: RowExitSlot[];
}

/**
 * The exits of every row, keyed by step id. Derived only from the rows' symbols and the
 * arrows, never from the texts, so typing in a cell leaves these arrays (and the memoized
 * rows that receive them) untouched.
 */
export function useRowExits(): ReadonlyMap<string, SymbolExits[]> {
  const stepIds = useEditor(useShallow((s) => s.doc.steps.map((step) => step.id)));
  const symbols = useEditor(useShallow((s) => s.doc.steps.map((step) => step.symbols)));
  const flows = useEditor((s) => s.doc.flows);
  return useMemo(() => {
    const rowOfSymbol = new Map<string, number>();
    symbols.forEach((row, index) => row.forEach((symbol) => rowOfSymbol.set(symbol.id, index)));
    const exitsOf = new Map<string, typeof flows>();
    for (const flow of flows) {
      const list = exitsOf.get(flow.from);
      if (list) list.push(flow);
      else exitsOf.set(flow.from, [flow]);
    }
    const byStep = new Map<string, SymbolExits[]>();
    stepIds.forEach((stepId, index) => {
      byStep.set(
        stepId,
        (symbols[index] ?? []).map((symbol) => ({
          symbolId: symbol.id,
          shape: symbol.shape,
          slots: exitSlots(symbol.shape, exitsOf.get(symbol.id) ?? []).map((slot) => {
            const row = slot.flow ? rowOfSymbol.get(slot.flow.to) : undefined;
            return {
              label: slot.label,
              flowId: slot.flow?.id ?? null,
              targetStepId: row === undefined ? null : (stepIds[row] ?? null),
              targetNumber: row === undefined ? null : row + 1,
            };
          }),
        })),
      );
    });
    return byStep;
  }, [stepIds, symbols, flows]);
}
