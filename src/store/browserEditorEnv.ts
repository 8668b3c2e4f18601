import { sampleDocument } from '../model/sample';
import { Library } from '../persistence/library';
import { browserStorage } from '../persistence/libraryStorage';
import type { EditorEnv } from './editorEnv';

/** The environment of the real app: browser storage (or memory when it is blocked), real clock and timers. */
export function browserEditorEnv(): EditorEnv {
  const { storage, persistent } = browserStorage();
  return {
    library: new Library(storage),
    settingsStorage: storage,
    persistent,
    now: () => new Date(),
    sample: sampleDocument,
    saveDelayMs: 400,
    retryDelayMs: 3000,
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  };
}
