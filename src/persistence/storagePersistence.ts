import { loadSettings, saveSettings } from './librarySettings';
import type { KeyValueStorage } from './libraryStorage';

/**
 * Whether the browser promised to keep the library when space runs low.
 * `granted`: kept until the user clears it; `denied`: the browser may evict it;
 * `unsupported`: this browser cannot say.
 */
export type StoragePersistence = 'granted' | 'denied' | 'unsupported';

/** Asks `navigator.storage.persist()` once per browser (remembered in settings); later starts only read the answer. */
export async function requestPersistence(settings: KeyValueStorage): Promise<StoragePersistence> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager || typeof manager.persist !== 'function' || typeof manager.persisted !== 'function')
    return 'unsupported';
  try {
    if (await manager.persisted()) return 'granted';
    if (loadSettings(settings).persistAsked) return 'denied';
    saveSettings(settings, { persistAsked: true });
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
