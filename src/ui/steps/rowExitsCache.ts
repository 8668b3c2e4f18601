import type { Flow, SopSymbol } from '../../model/types';
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
  shape: SopSymbol['shape'];
  slots: RowExitSlot[];
}

function keyOf(exits: SymbolExits[]): string {
  return exits
    .map((e) =>
      [
        e.symbolId,
        e.shape,
        ...e.slots.map((s) => `${s.label}|${s.flowId}|${s.targetStepId}|${s.targetNumber}`),
      ].join('\u0001'),
    )
    .join('\u0002');
}

/**
 * Derives every row's exits and hands back the previous array for a row whose exits did not
 * change, so an arrow drawn in one row re-renders that row only, not all three hundred.
 */
export class RowExitsCache {
  private rows = new Map<string, { key: string; exits: SymbolExits[] }>();

  /** The exits of each row (by step id), reusing unchanged rows' arrays from the last call. */
  derive(
    stepIds: readonly string[],
    symbols: readonly (readonly SopSymbol[])[],
    flows: readonly Flow[],
  ): ReadonlyMap<string, SymbolExits[]> {
    const rowOfSymbol = new Map<string, number>();
    symbols.forEach((row, index) => row.forEach((symbol) => rowOfSymbol.set(symbol.id, index)));
    const exitsOf = new Map<string, Flow[]>();
    for (const flow of flows) {
      const list = exitsOf.get(flow.from);
      if (list) list.push(flow);
      else exitsOf.set(flow.from, [flow]);
    }
    const next = new Map<string, { key: string; exits: SymbolExits[] }>();
    const result = new Map<string, SymbolExits[]>();
    stepIds.forEach((stepId, index) => {
      const exits = (symbols[index] ?? []).map((symbol) => ({
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
      }));
      const key = keyOf(exits);
      const old = this.rows.get(stepId);
      const entry = old && old.key === key ? old : { key, exits };
      next.set(stepId, entry);
      result.set(stepId, entry.exits);
    });
    this.rows = next;
    return result;
  }
}
