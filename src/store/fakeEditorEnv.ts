import { newDocument } from '../model/defaults';
import { Library } from '../persistence/library';
import { MemoryStorage } from '../persistence/libraryStorage';
import type { EditorEnv } from './editorEnv';

/** A test environment: memory storage, a fixed clock, and timers that run only when told. */
export function fakeEditorEnv(storage = new MemoryStorage()) {
  let pending: { id: number; run: () => void; ms: number }[] = [];
  let nextTimer = 0;
  let nextId = 0;
  const now = () => new Date('2025-06-02T10:42:00');
  const env: EditorEnv = {
    library: new Library(storage, {
      now,
      newId: () => `doc${++nextId}-${Math.random().toString(36).slice(2, 6)}`,
    }),
    settingsStorage: storage,
    persistent: true,
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
    storage,
    /** Runs every timer due now (as if their time had passed). */
    runTimers() {
      const due = pending;
      pending = [];
      for (const t of due) t.run();
    },
    timerDelays: () => pending.map((t) => t.ms),
  };
}
