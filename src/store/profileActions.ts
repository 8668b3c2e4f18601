import type { StoreApi } from 'zustand/vanilla';
import type { OfficeProfile } from '../model/profile';
import type { SopDocument } from '../model/types';
import type { EditorEnv } from './editorEnv';
import type { EditorActions, EditorStore } from './editorTypes';

type Set = StoreApi<EditorStore>['setState'];
type Get = StoreApi<EditorStore>['getState'];

/** The office profile: kept with the library, applied to the open SOP or to several stored ones. */
export function profileActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<EditorActions, 'setProfile' | 'applyProfileTo'> {
  return {
    async setProfile(profile: OfficeProfile | null) {
      const saved = await env.library.saveProfile(profile);
      if (saved !== 'ok') return false;
      set({ profile });
      return true;
    },
    async applyProfileTo(ids) {
      const { profile } = get();
      if (!profile) return 0;
      const { applyProfile, profileChanges } = await import('../model/profile');
      let changed = 0;
      const undo: Record<string, SopDocument> = { ...get().profileUndo };
      for (const id of ids) {
        if (id === get().docId) {
          const before = get().doc;
          get().apply((doc) => applyProfile(doc, profile));
          if (get().doc !== before) changed++;
          continue;
        }
        const loaded = await env.library.load(id);
        if (!loaded.ok || profileChanges(loaded.record.doc, profile).length === 0) continue;
        const saved = await env.library.save(
          id,
          applyProfile(loaded.record.doc, profile),
          loaded.record,
        );
        if (!saved.ok) continue;
        // The earliest state stays: applying twice is still undone back to before the first.
        undo[id] ??= loaded.record.doc;
        changed++;
      }
      set({ profileUndo: undo, entries: await env.library.entries() });
      return changed;
    },
  };
}
