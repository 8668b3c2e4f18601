import type { StoreApi } from 'zustand/vanilla';
import { canRedo, canUndo, commit, createHistory, redo, undo } from '../model/history';
import type { EditorEnv } from './editorEnv';
import type { EditorActions, EditorState, EditorStore, SaveStatus } from './editorTypes';
import type { SopDocument } from '../model/types';
import type { RecordStamp, WriteFailure } from '../persistence/library';
import { clearJournal, writeJournal } from '../persistence/unsavedJournal';

type Set = StoreApi<EditorStore>['setState'];
type Get = StoreApi<EditorStore>['getState'];

/** What the status line shows after a successful write. */
export function savedStatus(env: EditorEnv, at: string): SaveStatus {
  return env.persistent ? { kind: 'saved', at } : { kind: 'memory' };
}

/** The state of a freshly opened stored document (history starts anew). */
export function openedState(
  env: EditorEnv,
  id: string,
  doc: SopDocument,
  stamp: RecordStamp,
  savedAt: string,
): Partial<EditorState> {
  return {
    history: createHistory(doc),
    doc,
    docId: id,
    base: { revision: stamp.revision, token: stamp.token },
    dirty: false,
    saveStatus: savedStatus(env, savedAt),
    selection: [],
  };
}

/**
 * Document editing, undo/redo and autosave. A change marks the work dirty and
 * (re)starts a short timer; when it fires the document is written with a stamp
 * check. Saves run one after another (a queue), each writing the latest document;
 * a full storage keeps the work in memory and retries.
 */
export function documentActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<EditorActions, 'apply' | 'undo' | 'redo' | 'flushSave' | 'journalUnstored'> {
  let timer: unknown = null;
  let queue: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (timer !== null) env.clearTimer(timer);
    timer = env.setTimer(() => {
      timer = null;
      void get().flushSave();
    }, ms);
  };

  const changed = (history: EditorState['history']) => {
    const { saveStatus } = get();
    // A conflict or an error stays on screen until it is resolved; the work is still kept dirty.
    const keepStatus = saveStatus.kind === 'conflict' || saveStatus.kind === 'error';
    set({
      history,
      doc: history.present,
      dirty: true,
      saveStatus: keepStatus ? saveStatus : { kind: 'pending' },
    });
    schedule(env.saveDelayMs);
  };

  /** What a finished write leaves: saved, or still pending when the user changed more meanwhile. */
  const afterWrite = (written: SopDocument, savedAt: string): Partial<EditorState> => {
    const moreSince = get().doc !== written;
    if (moreSince) schedule(env.saveDelayMs);
    else if (env.journal) clearJournal(env.settingsStorage, env.journal.tab);
    // Another tab's write heard while this one was under way stays on screen.
    const { saveStatus } = get();
    if (saveStatus.kind === 'conflict') return { dirty: moreSince };
    if (moreSince) return { dirty: true, saveStatus: { kind: 'pending' } };
    return {
      dirty: false,
      saveStatus: savedStatus(env, savedAt),
      // "Could not open the other SOP: this one is not stored" is answered now.
      notices: get().notices.filter((n) => n.kind !== 'leaveBlocked'),
    };
  };

  const failed = (failure: WriteFailure) => {
    switch (failure.reason) {
      case 'conflict':
        set({ saveStatus: { kind: 'conflict', theirs: 'changed' } });
        return;
      case 'missing':
        set({ saveStatus: { kind: 'conflict', theirs: 'deleted' } });
        return;
      case 'invalid':
        // Retrying cannot help: the next change to the document tries again.
        set({ saveStatus: { kind: 'error', reason: 'invalid', errors: failure.errors } });
        return;
      case 'quota':
      case 'failed':
        set({ saveStatus: { kind: 'error', reason: failure.reason } });
        schedule(env.retryDelayMs);
        return;
    }
  };

  const saveOnce = async (): Promise<void> => {
    const { dirty, docId, doc, base, saveStatus } = get();
    if (!dirty || saveStatus.kind === 'conflict') return;
    if (docId === null || base === null) {
      const created = await env.library.create(doc);
      // Another document was opened meanwhile: this write is no longer the open one's.
      if (get().docId !== docId) return;
      if (!created.ok) return failed(created);
      set({
        docId: created.id,
        base: { revision: created.record.revision, token: created.record.token },
        ...afterWrite(doc, created.record.savedAt),
        entries: await env.library.entries(),
      });
      return;
    }
    const result = await env.library.save(docId, doc, base);
    if (get().docId !== docId) return;
    if (!result.ok) return failed(result);
    set({
      base: result.stamp,
      ...afterWrite(doc, result.savedAt),
      entries: await env.library.entries(),
    });
  };

  return {
    apply(command, mergeKey) {
      const { history } = get();
      const next = command(history.present);
      if (next === history.present) return;
      const committed = commit(history, next, mergeKey === undefined ? {} : { mergeKey });
      // An equal document is no change: no undo step, nothing to save.
      if (committed !== history) changed(committed);
    },
    undo() {
      const { history } = get();
      if (canUndo(history)) changed(undo(history));
    },
    redo() {
      const { history } = get();
      if (canRedo(history)) changed(redo(history));
    },
    journalUnstored() {
      const state = get();
      if (!env.journal || !state.dirty) return;
      writeJournal(env.settingsStorage, {
        tab: env.journal.tab,
        docId: state.docId,
        base: state.base,
        doc: state.doc,
      });
    },
    flushSave() {
      if (timer !== null) {
        env.clearTimer(timer);
        timer = null;
      }
      // One write at a time: a flush while a write is under way runs after it, with the latest document.
      queue = queue.then(saveOnce).catch(() => {
        set({ saveStatus: { kind: 'error', reason: 'failed' } });
        schedule(env.retryDelayMs);
      });
      return queue;
    },
  };
}
