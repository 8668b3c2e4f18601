import { newDocument } from '../model/defaults';
import { Library } from '../persistence/library';
import { MemoryBackend } from '../persistence/libraryBackend';
import { MemoryStorage } from '../persistence/libraryStorage';
import { silentChannel } from '../persistence/libraryWatch';
import type { EditorEnv } from './editorEnv';

/** A test environment: memory storage, a fixed clock, and timers that run only when told. */
export function fakeEditorEnv(backend = new MemoryBackend(), storage = new MemoryStorage()) {
  let pending: { id: number; run: () => void; ms: number }[] = [];
  let nextTimer = 0;
  let nextId = 0;
  const now = () => new Date('2025-06-02T10:42:00');
  const env: EditorEnv = {
    library: new Library(backend, {
      now,
      newId: () => `doc${++nextId}-${Math.random().toString(36).slice(2, 6)}`,
    }),
    settingsStorage: storage,
    persistent: true,
    channel: silentChannel,
    journal: {
      tab: `tab-${Math.random().toString(36).slice(2, 8)}`,
      liveTabs: async () => new Set<string>(),
    },
    now,
    sample: () => newDocument('Contoh SOP'),
    saveDelayMs: 400,
    retryDelayMs: 3000,
    setTimer: (run, ms) => {
      const id = ++nextTimer;
      pending.push({ id, run, ms });
      return id;
    },
    clearTimer: (handle) => {
      pending = pending.filter((t) => t.id !== handle);
    },
  };
  return {
    env,
    backend,
    storage,
    /** Runs every timer due now (as if their time had passed), and waits for the writes they start. */
    async runTimers() {
      const due = pending;
      pending = [];
      for (const t of due) t.run();
      await settle();
    },
    timerDelays: () => pending.map((t) => t.ms),
  };
}

/** Lets every pending promise (memory writes are promises too) run to its end: a macrotask comes after them all. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
