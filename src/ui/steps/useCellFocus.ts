import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/** A cell to focus: the row, the column, and which control inside the cell (a decision has two). */
export interface CellAddress {
  stepId: string;
  col: string;
  sub?: number;
}

/** The control of a cell inside the table, or the nearest one when the cell has fewer controls. */
export function findCell(root: HTMLElement, address: CellAddress): HTMLElement | null {
  const row = root.querySelector<HTMLElement>(`tr[data-step-id="${CSS.escape(address.stepId)}"]`);
  const controls = row?.querySelectorAll<HTMLElement>(`[data-col="${CSS.escape(address.col)}"]`);
  if (!controls || controls.length === 0) return null;
  return controls[Math.min(address.sub ?? 0, controls.length - 1)] ?? null;
}

function cellIn(root: RefObject<HTMLElement | null>, address: CellAddress): HTMLElement | null {
  return root.current ? findCell(root.current, address) : null;
}

/** Focuses a cell's control and scrolls it into view. */
export function focusControl(el: HTMLElement): void {
  el.focus();
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Focus that waits for a row to exist: a cell of a row just added is focused after React has
 * drawn it; a moved row is focused once it sits in its new place (moving a node that holds
 * focus would drop it). Returns `focusLater(address, afterRender?)`, for event handlers.
 */
export function useCellFocus(
  root: RefObject<HTMLElement | null>,
): (address: CellAddress, afterRender?: boolean) => void {
  const pending = useRef<CellAddress | null>(null);
  useLayoutEffect(() => {
    const address = pending.current;
    const el = address && cellIn(root, address);
    if (el) {
      pending.current = null;
      focusControl(el);
    }
  });
  return useCallback(
    (address: CellAddress, afterRender = false) => {
      const el = afterRender ? null : cellIn(root, address);
      if (el) focusControl(el);
      else pending.current = address;
    },
    [root],
  );
}
