import type { StoreApi } from 'zustand/vanilla';
import { canRedo, canUndo, commit, createHistory, redo, undo } from '../model/history';
import type { EditorEnv } from './editorEnv';
import type { EditorActions, EditorState, EditorStore, SaveStatus } from './editorTypes';
import type { SopDocument } from '../model/types';

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
  revision: number,
  savedAt: string,
): Partial<EditorState> {
  return {
    history: createHistory(doc),
    doc,
    docId: id,
    baseRevision: revision,
    dirty: false,
    saveStatus: savedStatus(env, savedAt),
    selection: [],
  };
}

/**
 * Document editing, undo/redo and autosave. A change marks the work dirty and
 * (re)starts a short timer; when it fires the document is written with a
 * revision check. A full storage keeps the work in memory and retries.
 */
export function documentActions(
  set: Set,
  get: Get,
  env: EditorEnv,
): Pick<EditorActions, 'apply' | 'undo' | 'redo' | 'flushSave'> {
  let timer: unknown = null;

  const schedule = (ms: number) => {
    if (timer !== null) env.clearTimer(timer);
    timer = env.setTimer(() => {
      timer = null;
      get().flushSave();
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
    flushSave() {
      if (timer !== null) {
        env.clearTimer(timer);
        timer = null;
      }
      const { dirty, docId, doc, baseRevision, saveStatus } = get();
      if (!dirty || saveStatus.kind === 'conflict') return;
      if (docId === null) {
        const created = env.library.create(doc);
        if (created.ok) {
          set({
            docId: created.id,
            baseRevision: created.record.revision,
            dirty: false,
            saveStatus: savedStatus(env, created.record.savedAt),
            entries: env.library.entries(),
          });
        } else {
          set({ saveStatus: { kind: 'error', reason: created.reason } });
          schedule(env.retryDelayMs);
        }
        return;
      }
      const result = env.library.save(docId, doc, baseRevision);
      if (result.ok) {
        set({
          baseRevision: result.revision,
          dirty: false,
          saveStatus: savedStatus(env, result.savedAt),
          entries: env.library.entries(),
        });
        return;
      }
      switch (result.reason) {
        case 'conflict':
          set({ saveStatus: { kind: 'conflict', theirs: 'changed' } });
          return;
        case 'missing':
          set({ saveStatus: { kind: 'conflict', theirs: 'deleted' } });
          return;
        case 'quota':
        case 'failed':
          set({ saveStatus: { kind: 'error', reason: result.reason } });
          schedule(env.retryDelayMs);
          return;
      }
    },
  };
}
