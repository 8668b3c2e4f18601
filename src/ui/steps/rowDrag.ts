/** The drag data type of a step row being moved (its step id). */
export const ROW_DRAG_TYPE = 'application/x-alir-step';

/**
 * Where a row dragged from `from` ends up when dropped on row `over`, in its upper half
 * (before it) or lower half (after it), as moveStep counts: the index in the list once the
 * row has left its old place. Null when it would stay where it is.
 */
export function dropIndex(from: number, over: number, after: boolean): number | null {
  const insertAt = after ? over + 1 : over;
  const index = insertAt > from ? insertAt - 1 : insertAt;
  return index === from ? null : index;
}
