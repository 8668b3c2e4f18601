import { useState, useSyncExternalStore } from 'react';
import type { SopDocument } from '../../model/types';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { useEditorStore } from '../../store/useEditor';

/** A change this soon after the previous one is part of a burst (typing): it waits for a pause. */
export const BURST_PAUSE_MS = 250;

interface SettledSource {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SopDocument;
}

/**
 * The document as the canvas should draw it: a single change (a drop, a click, an undo) right
 * after the next paint; a burst of changes (typing in the inspector) once it pauses. Laying out hundreds of
 * rows takes tens of milliseconds, which must not be paid between two keystrokes.
 */
function settledSource(store: EditorStoreApi, pauseMs: number): SettledSource {
  let published = store.getState().doc;
  let lastChange = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let unsubscribeStore: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const publish = () => {
    timer = null;
    frame = null;
    published = store.getState().doc;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      unsubscribeStore ??= store.subscribe((state, previous) => {
        if (state.doc === previous.doc) return;
        const now = performance.now();
        const quiet = now - lastChange > pauseMs;
        lastChange = now;
        if (timer !== null) clearTimeout(timer);
        if (frame !== null) cancelAnimationFrame(frame);
        frame = null;
        // Even a single change waits for the next paint, so what the user did (a key, a
        // click) shows before the layout runs.
        if (quiet) frame = requestAnimationFrame(() => (timer = setTimeout(publish, 0)));
        else timer = setTimeout(publish, pauseMs);
      });
      if (published !== store.getState().doc) publish();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribeStore?.();
        unsubscribeStore = null;
        if (timer !== null) clearTimeout(timer);
        if (frame !== null) cancelAnimationFrame(frame);
        timer = null;
        frame = null;
      };
    },
    getSnapshot: () => published,
  };
}

/** The open document, settled as `settledSource` explains. */
export function useSettledDoc(pauseMs = BURST_PAUSE_MS): SopDocument {
  const store = useEditorStore();
  const [source] = useState(() => settledSource(store, pauseMs));
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
