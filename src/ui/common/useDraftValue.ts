import { useCallback, useState } from 'react';

interface DraftState {
  draft: string;
  /** The last `value` prop seen, to notice changes from outside (undo, file open). */
  seen: string;
  /** Values sent to `commit` that the document has not echoed back yet. */
  pending: string[];
}

/**
 * A text field's own copy of its value, so typing stays instant whatever the
 * store does with each keystroke (squash, delay, re-render everything). Changes
 * from outside are adopted; echoes of our own keystrokes are not, so a late echo
 * of "ab" never overwrites "abc" already typed.
 */
export function useDraftValue(
  value: string,
  commit: (next: string) => void,
): [string, (next: string) => void] {
  const [state, setState] = useState<DraftState>({ draft: value, seen: value, pending: [] });
  let current = state;
  if (value !== state.seen) {
    const echo = state.pending.indexOf(value);
    current =
      echo >= 0
        ? { draft: state.draft, seen: value, pending: state.pending.slice(echo + 1) }
        : { draft: value, seen: value, pending: [] };
    setState(current);
  }
  const change = useCallback(
    (next: string) => {
      setState((s) => ({ ...s, draft: next, pending: [...s.pending, next].slice(-100) }));
      commit(next);
    },
    [commit],
  );
  return [current.draft, change];
}
