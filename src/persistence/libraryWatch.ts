import type { LibraryChange } from './library';

/** Name of the channel on which tabs of the origin tell each other what they wrote. */
const CHANNEL = 'alir:library';

export interface LibraryChannel {
  /** Tells the other tabs about a write of this tab. */
  announce(change: LibraryChange): void;
  /** Hears the other tabs' writes; returns the function that stops listening. */
  watch(onChange: (change: LibraryChange) => void): () => void;
}

/** Reads a message back into a change; anything else on the channel is ignored. */
export function readChange(data: unknown): LibraryChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const v = data as Record<string, unknown>;
  if (v.kind === 'index') return { kind: 'index' };
  if (v.kind !== 'document' || typeof v.id !== 'string') return null;
  const s = v.stamp as Record<string, unknown> | null;
  if (s === null) return { kind: 'document', id: v.id, stamp: null };
  if (typeof s !== 'object' || typeof s.revision !== 'number' || typeof s.token !== 'string')
    return null;
  return { kind: 'document', id: v.id, stamp: { revision: s.revision, token: s.token } };
}

/**
 * One BroadcastChannel for the tab: a channel object never hears its own messages, so
 * announcing and watching on the same object means a tab hears only the others.
 * Without BroadcastChannel (very old browsers) each tab still detects conflicts on save.
 */
export function libraryChannel(): LibraryChannel {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return {
    announce(change) {
      // Only the fields a listener reads: the stamp, never the document.
      const message =
        change.kind === 'index'
          ? change
          : {
              kind: change.kind,
              id: change.id,
              stamp: change.stamp && { revision: change.stamp.revision, token: change.stamp.token },
            };
      channel?.postMessage(message);
    },
    watch(onChange) {
      if (!channel) return () => {};
      const listener = (event: MessageEvent) => {
        const change = readChange(event.data);
        if (change) onChange(change);
      };
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}

/** A channel that goes nowhere (unit tests, and tabs without storage). */
export const silentChannel: LibraryChannel = { announce: () => {}, watch: () => () => {} };
