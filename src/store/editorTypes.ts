import type { Language } from '../i18n/table';
import type { FileError } from '../model/fileErrors';
import type { SopDocument } from '../model/types';
import type {
  LibraryEntry,
  QuarantinedEntry,
  RecordStamp,
  RemovedEntry,
} from '../persistence/library';
import type { StoragePersistence } from '../persistence/storagePersistence';
import type { History } from '../model/history';

export type View = 'diagram' | 'steps' | 'identity' | 'sheet';
export const VIEWS: readonly View[] = ['diagram', 'steps', 'identity', 'sheet'];

/** One selected thing; the selection is session state, never saved or undone. */
export interface SelectionItem {
  kind: 'step' | 'symbol' | 'flow' | 'actor' | 'identity';
  id: string;
}

/** A pure document change. */
export type Command = (doc: SopDocument) => SopDocument;

/**
 * Where the open document stands with respect to storage.
 * `memory`: the browser gives us no storage at all; the work lives only in this tab.
 */
export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'error'; reason: 'quota' | 'failed' }
  /** The document breaks a rule of the file format: a bug in Alir; it is not stored. */
  | { kind: 'error'; reason: 'invalid'; errors: FileError[] }
  | { kind: 'conflict'; theirs: 'changed' | 'deleted' }
  | { kind: 'memory' };

/** A message about a file the user tried to open, or about storage found broken at start. */
export type Notice =
  | { kind: 'fileRefused'; fileName: string; errors: FileError[] }
  | { kind: 'quarantined'; entries: QuarantinedEntry[] }
  | { kind: 'fileUnreadable'; fileName: string }
  /** A spreadsheet that gave no table to import. */
  | { kind: 'sheetRefused'; fileName: string; reason: 'tooLarge' | 'notSpreadsheet' | 'empty' }
  | { kind: 'exportFailed'; reason: string }
  | { kind: 'imported'; count: number; total: number }
  /** Another SOP could not be opened: the open one has work that is not stored yet. */
  | { kind: 'leaveBlocked'; reason: 'conflict' | 'unsaved' }
  /** Work a closed tab left unstored was kept as these new entries (the stored one had changed). */
  | { kind: 'recovered'; names: string[] };

/** A deletion that can still be taken back from the toast. */
export interface PendingDelete {
  removed: RemovedEntry;
  wasOpen: boolean;
}

export interface EditorState {
  // The document (undoable and saved).
  history: History;
  doc: SopDocument;
  docId: string | null;
  /** The stored write this tab's work is based on (null: not stored yet). */
  base: RecordStamp | null;
  /** Changes not yet written to storage. */
  dirty: boolean;
  saveStatus: SaveStatus;
  // The library and messages.
  entries: LibraryEntry[];
  notices: Notice[];
  pendingDelete: PendingDelete | null;
  /** Whether the browser promised to keep the library (asked once, shown in the library panel). */
  persistence: StoragePersistence | 'unknown';
  // Session state (neither undone nor saved).
  view: View;
  selection: SelectionItem[];
  language: Language;
  openPanels: string[];
  /** The diagram's overview map is shown (remembered between visits). */
  miniMap: boolean;
}

export interface EditorActions {
  apply(command: Command, mergeKey?: string): void;
  undo(): void;
  redo(): void;
  /** Writes pending changes now (the debounce timer calls it; so does leaving the page). */
  flushSave(): Promise<void>;
  /** The page is going away: unstored work goes to the synchronous journal too. */
  journalUnstored(): void;

  setView(view: View): void;
  setSelection(selection: SelectionItem[]): void;
  setLanguage(language: Language): void;
  setMiniMap(shown: boolean): void;
  togglePanel(panel: string): void;
  addNotice(notice: Notice): void;
  dismissNotice(index: number): void;

  openDocument(id: string): Promise<void>;
  createDocument(): Promise<void>;
  duplicateDocument(id: string): Promise<void>;
  renameDocument(id: string, name: string): Promise<void>;
  deleteDocument(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  forgetDelete(): void;
  /** Imports a `.sop.json` text as a new entry and opens it; false (and a notice) when refused. */
  importFile(text: string, fileName: string): Promise<boolean>;
  /** Adds a document built here (an imported spreadsheet) as a new entry and opens it. */
  openNewDocument(doc: SopDocument): Promise<boolean>;
  /** Imports every document of a library backup as new entries. */
  importLibrary(text: string, fileName: string): Promise<boolean>;
  exportLibrary(): Promise<string>;
  /** Another tab changed the open document: take theirs, or keep ours as a new entry. */
  resolveConflict(choice: 'reload' | 'copy'): Promise<void>;
  /** Re-reads the library list (another tab changed it). */
  refreshEntries(): Promise<void>;
  /** Another tab wrote the document `id` (stamp null: removed it). */
  noticeExternalChange(id: string, stamp: RecordStamp | null): Promise<void>;
  setPersistence(persistence: StoragePersistence): void;
}

export type EditorStore = EditorState & EditorActions;

/**
 * True when closing the tab now would lose work: it is not stored (a save is pending,
 * storage is full or refused it, another tab changed it), or it lives only in this
 * tab's memory and has been changed.
 */
export function hasUnstoredWork(state: EditorState): boolean {
  if (state.saveStatus.kind === 'memory') return state.dirty || state.history.past.length > 0;
  return state.dirty || state.saveStatus.kind === 'conflict' || state.saveStatus.kind === 'error';
}
