import type { SopDocument } from '../model/types';
import type { Library } from '../persistence/library';
import type { KeyValueStorage } from '../persistence/libraryStorage';
import type { LibraryChannel } from '../persistence/libraryWatch';

/** Everything the store needs from outside; tests hand in fakes (memory storage, fixed clock). */
export interface EditorEnv {
  library: Library;
  /** Where settings (language, last opened) are remembered. */
  settingsStorage: KeyValueStorage;
  /** False when the browser gave no storage: the work lives only in this tab. */
  persistent: boolean;
  /** Hears what other tabs write to the library. */
  channel: LibraryChannel;
  /**
   * Where a closing page leaves work not yet stored (unsavedJournal.ts), in settingsStorage:
   * this tab's id and the ids of the tabs still open. Null without storage.
   */
  journal: { tab: string; liveTabs(): Promise<Set<string>> } | null;
  now(): Date;
  /** The document a first start (empty library) opens. */
  sample(): SopDocument | Promise<SopDocument>;
  /** Debounce between a change and its save; well under a second. */
  saveDelayMs: number;
  /** How often a failed save (storage full) is tried again. */
  retryDelayMs: number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The ISO date of `now` in local time (`YYYY-MM-DD`), as the identity's dates are written. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
