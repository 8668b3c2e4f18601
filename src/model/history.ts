import type { SopDocument } from './types';

/*
 * Undo is a stack of whole-document snapshots: documents are small and commands share
 * structure, so a snapshot costs little and no command needs hand-written inverse code.
 * Only the document lives here; selection and zoom are session state and never undo steps.
 */

/** The undo history: earlier documents, the current one, and the undone ones to redo. */
export interface History {
  readonly past: readonly SopDocument[];
  readonly present: SopDocument;
  readonly future: readonly SopDocument[];
  readonly limit: number;
  /** The merge key and time of the last commit, for squashing a gesture into one step. */
  readonly lastMergeKey: string | null;
  readonly lastCommitAt: number;
}

/** Commits closer together than this, with one merge key, are one undo step. */
export const MERGE_WINDOW_MS = 1000;

/** A history whose only document is `doc`; it keeps at most `limit` undo steps. */
export function createHistory(doc: SopDocument, options: { limit?: number } = {}): History {
  return {
    past: [],
    present: doc,
    future: [],
    limit: Math.max(1, Math.trunc(options.limit ?? 200)),
    lastMergeKey: null,
    lastCommitAt: Number.NEGATIVE_INFINITY,
  };
}

/** Deep equality of plain JSON data (documents hold only objects, arrays, strings, numbers, booleans, null). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Records `doc` as the new present. A commit with the same `mergeKey` as the previous one
 * within MERGE_WINDOW_MS replaces it instead of adding a step (a drag, a burst of typing in one
 * field). A new step clears redo; a document equal to the present changes nothing.
 */
export function commit(
  history: History,
  doc: SopDocument,
  options: { mergeKey?: string; now?: number } = {},
): History {
  if (sameData(doc, history.present)) return history;
  const now = options.now ?? Date.now();
  const mergeKey = options.mergeKey ?? null;
  const merges =
    mergeKey !== null &&
    mergeKey === history.lastMergeKey &&
    now - history.lastCommitAt <= MERGE_WINDOW_MS &&
    history.past.length > 0;
  const past = merges ? history.past : [...history.past, history.present];
  return {
    ...history,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    present: doc,
    future: [],
    lastMergeKey: mergeKey,
    lastCommitAt: now,
  };
}

/** Whether there is a step to undo. */
export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

/** Whether there is an undone step to redo. */
export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

/** Goes back one step; the same history when there is nothing to undo. */
export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    // An undo ends a gesture: the next commit must not fold into the step just undone.
    lastMergeKey: null,
  };
}

/** Goes forward one undone step; the same history when there is nothing to redo. */
export function redo(history: History): History {
  const next = history.future[0];
  if (next === undefined) return history;
  return {
    ...history,
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
    lastMergeKey: null,
  };
}

/** Starts over from `doc` with no undo or redo (opening another document). */
export function resetHistory(history: History, doc: SopDocument): History {
  return createHistory(doc, { limit: history.limit });
}
