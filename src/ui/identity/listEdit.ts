/**
 * Item-by-item edits of the identity lists. Each returns a new array and leaves
 * its input untouched, so a patch can hand the result straight to the store.
 */

/** Replaces the item at `index`; out-of-range indexes change nothing. */
export function replaceItem(list: readonly string[], index: number, value: string): string[] {
  if (index < 0 || index >= list.length) return [...list];
  return list.map((item, i) => (i === index ? value : item));
}

/** Inserts `value` at `index` (clamped to the list), defaulting to the end. */
export function insertItem(list: readonly string[], value = '', index = list.length): string[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), value, ...list.slice(at)];
}

/** Removes the item at `index`; out-of-range indexes change nothing. */
export function removeItem(list: readonly string[], index: number): string[] {
  if (index < 0 || index >= list.length) return [...list];
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/**
 * Moves the item at `index` by `delta` places (−1 up, +1 down). A move past
 * either end changes nothing, so a repeated key press at the top is harmless.
 */
export function moveItem(list: readonly string[], index: number, delta: number): string[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as string);
  return next;
}
