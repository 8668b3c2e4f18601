import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SopDocument } from '../../model/types';
import { browserWorkers, LayoutClient, type LayoutResult, type LayoutState } from './layoutClient';
import { inlineLayout } from './inlineLayout';
import type { LayoutAnswer, LayoutKind } from './layoutJob';

/**
 * The client the views use: workers where the browser has them, else none, and the
 * views lay out in place (jsdom in the unit tests, which then see geometry at once).
 */
export const LayoutClientContext = createContext<LayoutClient | null>(
  typeof Worker === 'undefined' ? null : new LayoutClient(browserWorkers),
);

const noSubscription = () => () => {};
const nothing = (): null => null;

// Without workers every caller of a snapshot shares one layout of it.
const inlineCache = new Map<LayoutKind, WeakMap<SopDocument, LayoutResult<LayoutKind>>>();

function layOutInline<K extends LayoutKind>(kind: K, doc: SopDocument): LayoutState<K> {
  let byDoc = inlineCache.get(kind);
  if (!byDoc) {
    byDoc = new WeakMap();
    inlineCache.set(kind, byDoc);
  }
  let result = byDoc.get(doc);
  if (!result) {
    const layout = inlineLayout();
    try {
      if (!layout) throw new Error('no layout worker');
      result = { doc, answer: layout(kind, doc) };
    } catch (error) {
      result = { doc, error: error instanceof Error ? error.message : String(error) };
    }
    byDoc.set(doc, result);
  }
  return { result: result as LayoutResult<K>, pending: false };
}

/**
 * The layout of `doc` for `kind`: with workers, the newest one answered so far (the last
 * layout stays on screen while a newer one is worked out, `pending` says so; null before
 * the first); without, laid out here and now.
 */
export function useLayout<K extends LayoutKind>(kind: K, doc: SopDocument): LayoutState<K> {
  const client = useContext(LayoutClientContext);
  const inline = useMemo(() => (client ? null : layOutInline(kind, doc)), [client, kind, doc]);
  const subscribe = useMemo(
    () => (client ? (listener: () => void) => client.subscribe(kind, listener) : noSubscription),
    [client, kind],
  );
  const snapshot = useMemo(() => (client ? () => client.state<K>(kind) : nothing), [client, kind]);
  const state = useSyncExternalStore(subscribe, snapshot);
  useEffect(() => client?.request(kind, doc), [client, kind, doc]);
  return inline ?? state ?? { result: null, pending: true };
}

/** The answer of a result, or null for none or a failed layout. */
export function answerOf<K extends LayoutKind>(
  result: LayoutResult<K> | null,
): LayoutAnswer<K> | null {
  return result && 'answer' in result ? result.answer : null;
}
