import type { StoreApi } from 'zustand/vanilla';
import { saveSettings } from '../persistence/librarySettings';
import type { EditorEnv } from './editorEnv';
import type { EditorActions, EditorStore } from './editorTypes';

type Set = StoreApi<EditorStore>['setState'];
type Get = StoreApi<EditorStore>['getState'];

/** Session state: view, selection, language, panels, messages. None of it is undone or saved in the document. */
export function sessionActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<
  EditorActions,
  | 'setView'
  | 'setSelection'
  | 'setLanguage'
  | 'setMiniMap'
  | 'togglePanel'
  | 'addNotice'
  | 'dismissNotice'
> {
  return {
    setView(view) {
      set({ view });
    },
    setSelection(selection) {
      set({ selection });
    },
    setMiniMap(miniMap) {
      set({ miniMap });
      saveSettings(env.settingsStorage, { miniMap });
    },
    setLanguage(language) {
      set({ language });
      saveSettings(env.settingsStorage, { language });
    },
    togglePanel(panel) {
      const open = get().openPanels;
      set({
        openPanels: open.includes(panel) ? open.filter((p) => p !== panel) : [...open, panel],
      });
    },
    addNotice(notice) {
      set({ notices: [...get().notices, notice] });
    },
    dismissNotice(index) {
      set({ notices: get().notices.filter((_, i) => i !== index) });
    },
  };
}
