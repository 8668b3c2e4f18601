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
import type { EditorActions, EditorState, EditorStore } from './editorTypes';
import { commit, createHistory } from '../model/history';

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
  | 'noticeExternalChange';

/** Library commands: switching documents, adding, copying, renaming, deleting, importing. */
export function libraryActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<EditorActions, LibraryActionNames> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(get().language, key, params);

  /** Writes pending work before the open document is replaced; false when it could not be (it stays open). */
  const canLeave = (): boolean => {
    const state = get();
    if (state.saveStatus.kind === 'conflict') return false;
    state.flushSave();
    return !get().dirty;
  };

  const show = (id: string, doc: SopDocument, revision: number, savedAt: string) => {
    saveSettings(env.settingsStorage, { lastOpened: id });
    set({ ...openedState(env, id, doc, revision, savedAt), entries: env.library.entries() });
  };

  /** Adds `doc` as a new entry and opens it; if storage is full it opens unsaved and keeps trying. */
  const addAndOpen = (doc: SopDocument) => {
    const created = env.library.create(doc);
    if (created.ok) {
      show(created.id, doc, created.record.revision, created.record.savedAt);
      return;
    }
    set({
      history: createHistory(doc),
      doc,
      docId: null,
      baseRevision: 0,
      dirty: true,
      selection: [],
      saveStatus: { kind: 'error', reason: created.reason },
    });
    get().flushSave();
  };

  /** Opens some other document after the open one went away (deleted here or in another tab). */
  const openAnother = (except: string | null) => {
    for (const entry of env.library.entries()) {
      if (entry.id === except) continue;
      const loaded = env.library.load(entry.id);
      if (loaded.ok) {
        show(entry.id, loaded.record.doc, loaded.record.revision, loaded.record.savedAt);
        return;
      }
    }
    addAndOpen(newDocument(t('shell.newSopName'), isoDate(env.now())));
  };

  return {
    openDocument(id) {
      if (id === get().docId || !canLeave()) return;
      const loaded = env.library.load(id);
      if (loaded.ok) show(id, loaded.record.doc, loaded.record.revision, loaded.record.savedAt);
      else {
        const notices = get().notices;
        set({
          entries: env.library.entries(),
          notices:
            loaded.reason === 'corrupt'
              ? [...notices, { kind: 'quarantined', entries: [loaded.quarantined] }]
              : notices,
        });
      }
    },
    createDocument() {
      if (!canLeave()) return;
      addAndOpen(newDocument(t('shell.newSopName'), isoDate(env.now())));
    },
    duplicateDocument(id) {
      if (!canLeave()) return;
      const source = id === get().docId ? get().doc : null;
      const loaded = source ? null : env.library.load(id);
      const doc = source ?? (loaded?.ok ? loaded.record.doc : null);
      if (!doc) return;
      addAndOpen(renameSop(doc, t('shell.copyName', { name: doc.identity.name })));
    },
    renameDocument(id, name) {
      if (id === get().docId) {
        get().apply((doc) => renameSop(doc, name));
        return;
      }
      env.library.rename(id, name);
      set({ entries: env.library.entries() });
    },
    deleteDocument(id) {
      const wasOpen = id === get().docId;
      if (wasOpen) get().flushSave();
      const removed = env.library.remove(id);
      if (!removed) return;
      set({ pendingDelete: { removed, wasOpen }, entries: env.library.entries() });
      if (wasOpen) openAnother(id);
    },
    undoDelete() {
      const pending = get().pendingDelete;
      if (!pending) return;
      if (env.library.restore(pending.removed) !== 'ok') return;
      set({ pendingDelete: null, entries: env.library.entries() });
      if (pending.wasOpen) get().openDocument(pending.removed.entry.id);
    },
    forgetDelete() {
      set({ pendingDelete: null });
    },
    importFile(text, fileName) {
      const parsed = parseSopFile(text);
      if (!parsed.ok) {
        set({
          notices: [...get().notices, { kind: 'fileRefused', fileName, errors: parsed.errors }],
        });
        return false;
      }
      if (!canLeave()) return false;
      addAndOpen(parsed.doc);
      return true;
    },
    importLibrary(text, fileName) {
      const parsed = parseLibraryFile(text);
      if (!parsed.ok) {
        set({
          notices: [...get().notices, { kind: 'fileRefused', fileName, errors: parsed.errors }],
        });
        return false;
      }
      let count = 0;
      for (const doc of parsed.docs) if (env.library.create(doc).ok) count++;
      set({
        entries: env.library.entries(),
        notices: [...get().notices, { kind: 'imported', count, total: parsed.docs.length }],
      });
      return count === parsed.docs.length;
    },
    exportLibrary() {
      get().flushSave();
      const { docId, doc } = get();
      // The open document goes in as it is on screen, even if storage could not take it.
      const stored = env.library.allDocuments().map((d) => (d.id === docId ? doc : d.doc));
      return serializeLibraryFile(docId === null ? [doc, ...stored] : stored);
    },
    resolveConflict(choice) {
      const { saveStatus, docId, doc } = get();
      if (saveStatus.kind !== 'conflict') return;
      if (choice === 'copy') {
        const created = env.library.create(
          renameSop(doc, t('shell.copyName', { name: doc.identity.name })),
        );
        if (!created.ok) {
          set({ saveStatus: { kind: 'error', reason: created.reason }, docId: null });
          get().flushSave();
          return;
        }
        saveSettings(env.settingsStorage, { lastOpened: created.id });
        set({
          ...openedState(
            env,
            created.id,
            created.record.doc,
            created.record.revision,
            created.record.savedAt,
          ),
          // Keep the undo history: it is still this tab's line of work.
          history: commit(get().history, created.record.doc),
          entries: env.library.entries(),
        });
        return;
      }
      const loaded = docId === null ? null : env.library.load(docId);
      if (loaded?.ok && docId !== null)
        show(docId, loaded.record.doc, loaded.record.revision, loaded.record.savedAt);
      else openAnother(docId);
    },
    refreshEntries() {
      set({ entries: env.library.entries() });
    },
    noticeExternalChange(id, revision) {
      const state: EditorState = get();
      set({ entries: env.library.entries() });
      if (id !== state.docId || revision === state.baseRevision) return;
      set({ saveStatus: { kind: 'conflict', theirs: revision === null ? 'deleted' : 'changed' } });
    },
  };
}
