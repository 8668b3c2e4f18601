import type { StoreApi } from 'zustand/vanilla';
import { translate } from '../i18n/dictionary';
import { newDocument } from '../model/defaults';
import { renameSop } from '../model/commands/identity';
import type { SopDocument } from '../model/types';
import { parseLibraryFile, serializeLibraryFile } from '../persistence/libraryFile';
import { saveSettings } from '../persistence/librarySettings';
import { parseSopFile } from '../persistence/sopFile';
import { openedState } from './documentActions';
import { isoDate, type EditorEnv } from './editorEnv';
import type { EditorActions, EditorState, EditorStore, Notice } from './editorTypes';
import { commit, createHistory } from '../model/history';
import { unreadableError, type FileError } from '../model/fileErrors';
import type { RecordStamp } from '../persistence/library';
import { sameStamp } from '../persistence/libraryRecords';

type Set = StoreApi<EditorStore>['setState'];
type Get = StoreApi<EditorStore>['getState'];
type LibraryActionNames =
  | 'openDocument'
  | 'createDocument'
  | 'duplicateDocument'
  | 'renameDocument'
  | 'deleteDocument'
  | 'undoDelete'
  | 'forgetDelete'
  | 'importFile'
  | 'importLibrary'
  | 'exportLibrary'
  | 'resolveConflict'
  | 'refreshEntries'
  | 'noticeExternalChange'
  | 'setPersistence'
  | 'openNewDocument';

/** Library commands: switching documents, adding, copying, renaming, deleting, importing. */
export function libraryActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<EditorActions, LibraryActionNames> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(get().language, key, params);

  const notify = (notice: Notice) => set({ notices: [...get().notices, notice] });

  /**
   * Writes pending work before the open document is replaced; false (and a message saying
   * why) when it could not be: the work stays open rather than being dropped.
   */
  const canLeave = async (): Promise<boolean> => {
    if (get().saveStatus.kind === 'conflict') {
      notify({ kind: 'leaveBlocked', reason: 'conflict' });
      return false;
    }
    await get().flushSave();
    if (!get().dirty) return true;
    notify({
      kind: 'leaveBlocked',
      reason: get().saveStatus.kind === 'conflict' ? 'conflict' : 'unsaved',
    });
    return false;
  };

  const show = async (id: string, doc: SopDocument, stamp: RecordStamp, savedAt: string) => {
    saveSettings(env.settingsStorage, { lastOpened: id });
    set({ ...openedState(env, id, doc, stamp, savedAt), entries: await env.library.entries() });
  };

  /** Adds `doc` as a new entry and opens it; if storage is full it opens unsaved and keeps trying. */
  const addAndOpen = async (doc: SopDocument) => {
    const created = await env.library.create(doc);
    if (created.ok) {
      await show(created.id, doc, created.record, created.record.savedAt);
      return;
    }
    set({
      history: createHistory(doc),
      doc,
      docId: null,
      base: null,
      dirty: true,
      selection: [],
      saveStatus:
        created.reason === 'invalid'
          ? { kind: 'error', reason: 'invalid', errors: created.errors }
          : { kind: 'error', reason: created.reason },
    });
    await get().flushSave();
  };

  /** Opens some other document after the open one went away (deleted here or in another tab). */
  const openAnother = async (except: string | null) => {
    for (const entry of await env.library.entries()) {
      if (entry.id === except) continue;
      const loaded = await env.library.load(entry.id);
      if (loaded.ok) {
        await show(entry.id, loaded.record.doc, loaded.record, loaded.record.savedAt);
        return;
      }
    }
    await addAndOpen(newDocument(t('shell.newSopName'), isoDate(env.now())));
  };

  return {
    async openDocument(id) {
      if (id === get().docId || !(await canLeave())) return;
      const loaded = await env.library.load(id);
      if (loaded.ok) {
        await show(id, loaded.record.doc, loaded.record, loaded.record.savedAt);
        return;
      }
      set({ entries: await env.library.entries() });
      if (loaded.reason === 'corrupt')
        notify({ kind: 'quarantined', entries: [loaded.quarantined] });
    },
    async createDocument() {
      if (!(await canLeave())) return;
      await addAndOpen(newDocument(t('shell.newSopName'), isoDate(env.now())));
    },
    async duplicateDocument(id) {
      if (!(await canLeave())) return;
      const source = id === get().docId ? get().doc : null;
      const loaded = source ? null : await env.library.load(id);
      const doc = source ?? (loaded?.ok ? loaded.record.doc : null);
      if (!doc) return;
      await addAndOpen(renameSop(doc, t('shell.copyName', { name: doc.identity.name })));
    },
    async renameDocument(id, name) {
      if (id === get().docId) {
        get().apply((doc) => renameSop(doc, name));
        return;
      }
      await env.library.rename(id, name);
      set({ entries: await env.library.entries() });
    },
    async deleteDocument(id) {
      const wasOpen = id === get().docId;
      if (wasOpen) await get().flushSave();
      const removed = await env.library.remove(id);
      if (!removed) return;
      set({ pendingDelete: { removed, wasOpen }, entries: await env.library.entries() });
      if (wasOpen) await openAnother(id);
    },
    async undoDelete() {
      const pending = get().pendingDelete;
      if (!pending) return;
      if ((await env.library.restore(pending.removed)) !== 'ok') return;
      set({ pendingDelete: null, entries: await env.library.entries() });
      if (pending.wasOpen) await get().openDocument(pending.removed.entry.id);
    },
    forgetDelete() {
      set({ pendingDelete: null });
    },
    async importFile(text, fileName) {
      const parsed = readSafely(() => parseSopFile(text));
      if (!parsed.ok) {
        notify({ kind: 'fileRefused', fileName, errors: parsed.errors });
        return false;
      }
      if (!(await canLeave())) return false;
      await addAndOpen(parsed.doc);
      return true;
    },
    async openNewDocument(doc) {
      if (!(await canLeave())) return false;
      await addAndOpen(doc);
      return true;
    },
    async importLibrary(text, fileName) {
      const parsed = readSafely(() => parseLibraryFile(text));
      if (!parsed.ok) {
        notify({ kind: 'fileRefused', fileName, errors: parsed.errors });
        return false;
      }
      let count = 0;
      for (const doc of parsed.docs) if ((await env.library.create(doc)).ok) count++;
      set({ entries: await env.library.entries() });
      notify({ kind: 'imported', count, total: parsed.docs.length });
      return count === parsed.docs.length;
    },
    async exportLibrary() {
      await get().flushSave();
      const { docId, doc } = get();
      // The open document goes in as it is on screen, even if storage could not take it.
      const stored = (await env.library.allDocuments()).map((d) => (d.id === docId ? doc : d.doc));
      return serializeLibraryFile(docId === null ? [doc, ...stored] : stored);
    },
    async resolveConflict(choice) {
      const { saveStatus, docId, doc } = get();
      if (saveStatus.kind !== 'conflict') return;
      if (choice === 'copy') {
        const created = await env.library.create(
          renameSop(doc, t('shell.copyName', { name: doc.identity.name })),
        );
        if (!created.ok) {
          set({
            saveStatus:
              created.reason === 'invalid'
                ? { kind: 'error', reason: 'invalid', errors: created.errors }
                : { kind: 'error', reason: created.reason },
            docId: null,
            base: null,
          });
          await get().flushSave();
          return;
        }
        saveSettings(env.settingsStorage, { lastOpened: created.id });
        set({
          ...openedState(
            env,
            created.id,
            created.record.doc,
            created.record,
            created.record.savedAt,
          ),
          // Keep the undo history: it is still this tab's line of work.
          history: commit(get().history, created.record.doc),
          entries: await env.library.entries(),
        });
        return;
      }
      const loaded = docId === null ? null : await env.library.load(docId);
      if (loaded?.ok && docId !== null)
        await show(docId, loaded.record.doc, loaded.record, loaded.record.savedAt);
      else await openAnother(docId);
    },
    async refreshEntries() {
      set({ entries: await env.library.entries() });
    },
    async noticeExternalChange(id, stamp) {
      set({ entries: await env.library.entries() });
      const state: EditorState = get();
      if (id !== state.docId || sameStamp(stamp, state.base)) return;
      set({ saveStatus: { kind: 'conflict', theirs: stamp === null ? 'deleted' : 'changed' } });
    },
    setPersistence(persistence) {
      set({ persistence });
    },
  };
}

/** A reader that throws (a bug) refuses the file with "cannot be read" instead of breaking the app. */
function readSafely<T extends { ok: boolean }>(
  read: () => T,
): T | { ok: false; errors: FileError[] } {
  try {
    return read();
  } catch {
    return { ok: false, errors: [unreadableError()] };
  }
}
