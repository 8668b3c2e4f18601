import type { StoreApi } from 'zustand/vanilla';
import { translate } from '../i18n/dictionary';
import { newDocument } from '../model/defaults';
import { renameSop } from '../model/commands/identity';
import { newDocumentId, newerOf, type FiledDocument } from '../model/documentMeta';
import type { SopDocument } from '../model/types';
import { saveSettings } from '../persistence/librarySettings';
import { parseSopFile } from '../persistence/sopFile';
import { openedState, savedStatus } from './documentActions';
import { entryTitle, freeTitle } from '../model/librarySearch';
import type { ImportContext } from './importChoice';
import { isoDate, type EditorEnv } from './editorEnv';
import type { EditorActions, EditorState, EditorStore, Notice } from './editorTypes';
import { commit, createHistory } from '../model/history';
import { unreadableError, type FileError } from '../model/fileErrors';
import { filed, type RecordStamp, type RemovedEntry } from '../persistence/library';
import { fileMetaOf } from './fileMeta';
import { sameStamp } from '../persistence/libraryRecords';

type Set = StoreApi<EditorStore>['setState'];
type Get = StoreApi<EditorStore>['getState'];
type LibraryActionNames =
  | 'openDocument'
  | 'createDocument'
  | 'duplicateDocument'
  | 'renameDocument'
  | 'deleteDocument'
  | 'deleteDocuments'
  | 'undoDelete'
  | 'forgetDelete'
  | 'importFile'
  | 'resolveImport'
  | 'importLibrary'
  | 'exportLibrary'
  | 'filedDocument'
  | 'resolveConflict'
  | 'refreshEntries'
  | 'checkLibrary'
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
    const opened = openedState(env, id, doc, stamp, savedAt);
    // The profile was applied to this SOP while it was closed: Urungkan takes it back.
    const before = get().profileUndo[id];
    const { [id]: _taken, ...rest } = get().profileUndo;
    set({
      ...opened,
      ...(before ? { history: { ...createHistory(doc), past: [before] }, profileUndo: rest } : {}),
      entries: await env.library.entries(),
    });
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

  /** A name for a new entry beside `title` that no entry has yet: "… (salinan)", "… (salinan 2)". */
  const copyTitle = async (title: string, key: 'copy' | 'fromFile') => {
    const taken = (await env.library.entries()).map(entryTitle);
    return freeTitle(taken, (n) =>
      t(key === 'copy' ? 'shell.copyName' : 'shell.fileCopyName', {
        name: title,
        n: n === 1 ? '' : ` ${n}`,
      }),
    );
  };

  /** Names entry `id` apart from its SOP; for the open one through its own base, so no conflict follows. */
  const labelEntry = async (id: string, label: string | null) => {
    if (id !== get().docId) {
      await env.library.setLabel(id, label);
      return;
    }
    await get().flushSave();
    const { base, doc, docId } = get();
    if (base === null || docId !== id || get().dirty) return;
    const saved = await env.library.save(id, doc, base, label);
    if (saved.ok) set({ base: saved.stamp, saveStatus: savedStatus(env, saved.savedAt) });
  };

  /** Stores a file's document under its own id and opens it (the id is known to be free). */
  const addFileAndOpen = async ({ doc, meta }: FiledDocument) => {
    const created = await env.library.createAs(meta.id, doc, { modified: meta.modified });
    if (created.ok) await show(created.id, doc, created.record, created.record.savedAt);
    // Taken meanwhile (another tab), or storage refused: opened as a new entry, or unsaved and retried.
    else await addAndOpen(doc);
  };

  const importContext = (): ImportContext => ({
    env,
    get,
    set,
    show,
    notify,
    addAndOpen,
    copyTitle,
    canLeave,
  });

  /** Opens some other document after the open one went away (deleted here or in another tab). */
  const openAnother = async (except: string | null | ReadonlySet<string>) => {
    const skip = (id: string) =>
      typeof except === 'string' || except === null ? id === except : except.has(id);
    for (const entry of await env.library.entries()) {
      if (skip(entry.id)) continue;
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
      const name = t('shell.newSopName');
      const today = isoDate(env.now());
      const profile = get().profile ?? (await env.library.profile());
      if (profile === null) {
        await addAndOpen(newDocument(name, today));
        return;
      }
      // The profile's code comes with the first profile there is.
      const { newDocumentFromProfile } = await import('../model/profile');
      await addAndOpen(newDocumentFromProfile(name, today, profile));
    },
    async duplicateDocument(id) {
      if (!(await canLeave())) return;
      const source = id === get().docId ? get().doc : null;
      const loaded = source ? null : await env.library.load(id);
      const doc = source ?? (loaded?.ok ? loaded.record.doc : null);
      if (!doc) return;
      const entry = get().entries.find((e) => e.id === id);
      // The copy is told apart by its entry's name: the official Nama SOP stays as written.
      const label = await copyTitle(entry?.label ?? doc.identity.name, 'copy');
      const created = await env.library.create(doc, { label });
      if (created.ok) await show(created.id, doc, created.record, created.record.savedAt);
      else await addAndOpen(doc);
    },
    async renameDocument(id, name) {
      const entry = get().entries.find((e) => e.id === id);
      // An entry with a name of its own (a copy) is renamed as an entry; otherwise the SOP is.
      if (entry && entry.label !== null) {
        await labelEntry(id, name.trim() === '' || name === entry.name ? null : name);
        set({ entries: await env.library.entries() });
        return;
      }
      if (id === get().docId) {
        get().apply((doc) => renameSop(doc, name));
        return;
      }
      await env.library.rename(id, name);
      set({ entries: await env.library.entries() });
    },
    async deleteDocument(id) {
      await get().deleteDocuments([id]);
    },
    async deleteDocuments(ids) {
      const openId = get().docId;
      const wasOpen = openId !== null && ids.includes(openId);
      if (wasOpen) await get().flushSave();
      const removed: RemovedEntry[] = [];
      for (const id of ids) {
        const gone = await env.library.remove(id);
        if (gone) removed.push(gone);
      }
      if (removed.length === 0) return;
      set({ pendingDelete: { removed, wasOpen }, entries: await env.library.entries() });
      if (wasOpen) await openAnother(new Set(ids));
    },
    async undoDelete() {
      const pending = get().pendingDelete;
      if (!pending) return;
      let restored = 0;
      for (const removed of pending.removed)
        if ((await env.library.restore(removed)) === 'ok') restored++;
      if (restored === 0) return;
      set({ pendingDelete: null, entries: await env.library.entries() });
      if (pending.wasOpen) await get().openDocument(pending.removed[0]!.entry.id);
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
      const file: FiledDocument = { doc: parsed.doc, meta: parsed.meta };
      const stored = (await env.library.entries()).find((e) => e.id === file.meta.id);
      if (stored) {
        // The same document (by id) is already here: nothing is written before the user chooses.
        set({
          pendingImport: {
            kind: 'document',
            fileName,
            file,
            clash: {
              id: stored.id,
              title: stored.label ?? stored.name,
              updatedAt: stored.updatedAt,
            },
            newer: (() => {
              const which = newerOf(file.meta.modified, stored.updatedAt);
              return which === 'a' ? 'file' : which === 'b' ? 'library' : 'same';
            })(),
          },
        });
        return true;
      }
      if (!(await canLeave())) return false;
      await addFileAndOpen(file);
      return true;
    },
    async resolveImport(choice) {
      const pending = get().pendingImport;
      if (!pending) return;
      set({ pendingImport: null });
      if (choice === 'cancel') return;
      // What the choice does is fetched with it: the first screen does not need it.
      const choices = await import('./importChoice');
      await choices.resolveImport(importContext(), pending, choice);
    },
    async openNewDocument(doc) {
      if (!(await canLeave())) return false;
      await addAndOpen(doc);
      return true;
    },
    async importLibrary(text, fileName) {
      // The backup reader and writer come when a backup is read or written.
      const { parseLibraryFile } = await import('../persistence/libraryFile');
      const parsed = readSafely(() => parseLibraryFile(text));
      if (!parsed.ok) {
        notify({ kind: 'fileRefused', fileName, errors: parsed.errors });
        return false;
      }
      const here = new Set((await env.library.entries()).map((e) => e.id));
      const seen = new Set<string>();
      let clashes = 0;
      for (const { meta } of parsed.docs) {
        if (here.has(meta.id) || seen.has(meta.id)) clashes++;
        seen.add(meta.id);
      }
      if (clashes > 0) {
        set({
          pendingImport: {
            kind: 'library',
            fileName,
            files: parsed.docs,
            versions: parsed.versions,
            clashes,
          },
        });
        return true;
      }
      const choices = await import('./importChoice');
      return choices.mergeBackup(importContext(), parsed.docs, 'keepBoth', parsed.versions);
    },
    async exportLibrary() {
      await get().flushSave();
      const { docId, doc } = get();
      // The open document goes in as it is on screen, even if storage could not take it.
      const stored = (await env.library.allDocuments()).map((d) =>
        d.meta.id === docId ? { ...d, doc } : d,
      );
      const { serializeLibraryFile } = await import('../persistence/libraryFile');
      const versions = await env.library.allVersionRows();
      return serializeLibraryFile(
        docId === null ? [{ doc, meta: unstoredMeta() }, ...stored] : stored,
        versions,
      );
    },
    async filedDocument(id) {
      const state = get();
      if (id === state.docId) return { doc: state.doc, meta: fileMetaOf(state)! };
      const loaded = await env.library.load(id);
      return loaded.ok ? filed(id, loaded.record) : null;
    },
    async resolveConflict(choice) {
      const { saveStatus, docId, doc } = get();
      if (saveStatus.kind !== 'conflict') return;
      if (choice === 'copy') {
        const entry = get().entries.find((e) => e.id === docId);
        const label = await copyTitle(entry?.label ?? doc.identity.name, 'copy');
        const created = await env.library.create(doc, { label });
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
    async checkLibrary() {
      // A slice of records at a time, then the page's turn: typing in search stays quick meanwhile.
      let sliceStart = Date.now();
      const pause = async () => {
        if (Date.now() - sliceStart < CHECK_SLICE_MS) return;
        await new Promise<void>((resolve) => env.setTimer(resolve, 0));
        sliceStart = Date.now();
      };
      const { entries, quarantined } = await env.library.scan(pause);
      set({ entries });
      if (quarantined.length > 0) notify({ kind: 'quarantined', entries: quarantined });
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

/** How long the start-up check of the library works before it lets the page answer. */
const CHECK_SLICE_MS = 8;

/** Who a document not stored yet is, for a backup: a new document, changed now. */
function unstoredMeta() {
  return { id: newDocumentId(), modified: new Date().toISOString() };
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
