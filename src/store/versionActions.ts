import type { StoreApi } from 'zustand/vanilla';
import { isoDate, type EditorEnv } from './editorEnv';
import type { EditorActions, EditorStore } from './editorTypes';

type Set = StoreApi<EditorStore>['setState'];
type Get = StoreApi<EditorStore>['getState'];

/**
 * Riwayat versi: versions of the open SOP kept on request (with a note) and at every export.
 * A version is restored as an ordinary edit of the open document, so Urungkan takes it back.
 */
export function versionActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<EditorActions, 'saveVersion' | 'versions' | 'exported'> {
  /** The open SOP's library id, storing it first if it has none yet. */
  const storedId = async (): Promise<string | null> => {
    await get().flushSave();
    return get().docId;
  };
  return {
    async saveVersion(note, kind = 'manual') {
      const id = await storedId();
      if (id === null) return false;
      return (await env.library.saveVersion(id, get().doc, note.trim(), kind)) === 'ok';
    },
    async versions() {
      const id = get().docId;
      return id === null ? [] : env.library.versions(id);
    },
    async exported() {
      const id = await storedId();
      if (id === null) return;
      const doc = get().doc;
      const { sameContent } = await import('../model/compareVersions');
      const previous = (await env.library.versions(id)).find((v) => v.kind === 'export');
      await env.library.saveVersion(id, doc, '', 'export');
      const today = isoDate(env.now());
      if (previous && !sameContent(previous.doc, doc) && doc.identity.revisionDate !== today)
        set({ notices: [...get().notices, { kind: 'offerRevisionDate', docId: id, date: today }] });
    },
  };
}
