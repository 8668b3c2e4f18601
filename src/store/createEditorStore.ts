import { createStore, type StoreApi } from 'zustand/vanilla';
import { loadSettings } from '../persistence/librarySettings';
import { documentActions } from './documentActions';
import type { EditorEnv } from './editorEnv';
import type { EditorState, EditorStore } from './editorTypes';
import { libraryActions } from './libraryActions';
import { profileActions } from './profileActions';
import { versionActions } from './versionActions';
import { openInitialDocument } from './openInitialDocument';
import { recoverJournals } from './recoverJournals';
import { sessionActions } from './sessionActions';

export type EditorStoreApi = StoreApi<EditorStore>;

/** How long after start the whole library is read and checked (after the first screen is drawn). */
const LIBRARY_CHECK_DELAY_MS = 300;

/**
 * Builds the one editor store: the open document with its undo history, the
 * library list, and session state. Start-up reads the library (moving corrupt
 * entries aside) and opens the last document, or the sample on a first start.
 */
export async function createEditorStore(env: EditorEnv): Promise<EditorStoreApi> {
  const settings = loadSettings(env.settingsStorage);
  // Work a closed tab could not store in time goes in first, so the document opens with it.
  const recovered = await recoverJournals(env, settings.language);
  const { scanLater, ...opened } = await openInitialDocument(env, settings.lastOpened);
  const initial: EditorState = {
    ...opened,
    notices: [...recovered, ...opened.notices],
    pendingDelete: null,
    pendingImport: null,
    profile: null,
    profileUndo: {},
    persistence: 'unknown',
    view: 'diagram',
    selection: [],
    language: settings.language,
    miniMap: settings.miniMap,
    // The library list is open at start so its entries can be reached in one click.
    openPanels: ['library'],
  };
  const store = createStore<EditorStore>()((set, get) => ({
    ...initial,
    ...documentActions(set, get, env),
    ...sessionActions(set, get, env),
    ...libraryActions(set, get, env),
    ...profileActions(set, get, env),
    ...versionActions(set, get, env),
  }));
  // Every record is read and checked once the first screen is up; one that no longer reads is
  // set aside and reported then, as it would have been before the list was shown.
  if (scanLater) env.setTimer(() => void store.getState().checkLibrary(), LIBRARY_CHECK_DELAY_MS);
  // The office profile is read after the first screen (a new SOP reads it itself if need be).
  void env.library.profile().then((profile) => {
    if (store.getState().profile === null && profile !== null) store.setState({ profile });
  });
  // A first start that could not be stored yet (storage full) keeps trying.
  if (initial.dirty) void store.getState().flushSave();
  // Other tabs' writes: the list refreshes, and a change to the open SOP raises the conflict choice.
  env.channel.watch((change) => {
    const state = store.getState();
    if (change.kind === 'index') void state.refreshEntries();
    else void state.noticeExternalChange(change.id, change.stamp);
  });
  return store;
}
