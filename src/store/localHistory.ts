import type { SopDocument } from '../model/types';

/**
 * A minimal snapshot history, standing in until the model's own history module
 * is wired in: past and future documents around the present one.
 */
export interface History {
  past: SopDocument[];
  present: SopDocument;
  future: SopDocument[];
  mergeKey: string | null;
}

const LIMIT = 200;

export function createHistory(doc: SopDocument): History {
  return { past: [], present: doc, future: [], mergeKey: null };
}

export function commit(
  history: History,
  doc: SopDocument,
  options: { mergeKey?: string } = {},
): History {
  if (doc === history.present) return history;
  const mergeKey = options.mergeKey ?? null;
  if (mergeKey !== null && mergeKey === history.mergeKey) {
    return { ...history, present: doc, future: [] };
  }
  return {
    past: [...history.past, history.present].slice(-LIMIT),
    present: doc,
    future: [],
    mergeKey,
  };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    mergeKey: null,
  };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, mergeKey: null };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;
export const presentOf = (history: History): SopDocument => history.present;
