import { isLanguage, type Language } from '../i18n/table';
import { SETTINGS_KEY, type KeyValueStorage } from './libraryStorage';

/** Choices remembered between visits; not part of any document. */
export interface LibrarySettings {
  language: Language;
  lastOpened: string | null;
  /** `navigator.storage.persist()` was asked once already: never again (the browser may prompt). */
  persistAsked: boolean;
  /** The diagram's overview map is shown (hidden, it leaves the canvas free). */
  miniMap: boolean;
}

export const DEFAULT_SETTINGS: LibrarySettings = {
  language: 'id',
  lastOpened: null,
  persistAsked: false,
  miniMap: true,
};

/** Reads the remembered settings; anything unreadable falls back to the defaults. */
export function loadSettings(storage: KeyValueStorage): LibrarySettings {
  try {
    const v = JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    return {
      language: isLanguage(v.language) ? v.language : DEFAULT_SETTINGS.language,
      lastOpened: typeof v.lastOpened === 'string' ? v.lastOpened : null,
      persistAsked: v.persistAsked === true,
      miniMap: v.miniMap !== false,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Remembers a change of settings. A full storage only means the choice is not remembered. */
export function saveSettings(storage: KeyValueStorage, patch: Partial<LibrarySettings>): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ ...loadSettings(storage), ...patch }));
  } catch {
    // Settings are a convenience; never let them stand in the way of the work.
  }
}
