import type { Language } from '../i18n/table';
import type { FileError } from '../model/fileErrors';
import type { SopDocument } from '../model/types';
import type { LibraryEntry, QuarantinedEntry } from '../persistence/library';
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
  | { kind: 'conflict'; theirs: 'changed' | 'deleted' }
  | { kind: 'memory' };

/** A message about a file the user tried to open, or about storage found broken at start. */
export type Notice =
  | { kind: 'fileRefused'; fileName: string; errors: FileError[] }
  | { kind: 'quarantined'; entries: QuarantinedEntry[] }
  | { kind: 'fileUnreadable'; fileName: string }
  | { kind: 'exportFailed'; reason: string }
  | { kind: 'imported'; count: number; total: number };

/** A deletion that can still be taken back from the toast. */
export interface PendingDelete {
  removed: { raw: string; entry: LibraryEntry };
  wasOpen: boolean;
}

export interface EditorState {
  // The document (undoable and saved).
  history: History;
  doc: SopDocument;
  docId: string | null;
  /** Revision of the stored copy this tab's work is based on. */
  baseRevision: number;
  /** Changes not yet written to storage. */
  dirty: boolean;
  saveStatus: SaveStatus;
  // The library and messages.
  entries: LibraryEntry[];
  notices: Notice[];
  pendingDelete: PendingDelete | null;
  // Session state (neither undone nor saved).
  view: View;
  selection: SelectionItem[];
  language: Language;
  openPanels: string[];
}

export interface EditorActions {
  apply(command: Command, mergeKey?: string): void;
  undo(): void;
  redo(): void;
  /** Writes pending changes now (the debounce timer calls it; so does leaving the page). */
  flushSave(): void;

  setView(view: View): void;
  setSelection(selection: SelectionItem[]): void;
  setLanguage(language: Language): void;
  togglePanel(panel: string): void;
  addNotice(notice: Notice): void;
  dismissNotice(index: number): void;

  openDocument(id: string): void;
  createDocument(): void;
  duplicateDocument(id: string): void;
  renameDocument(id: string, name: string): void;
  deleteDocument(id: string): void;
  undoDelete(): void;
  forgetDelete(): void;
  /** Imports a `.sop.json` text as a new entry and opens it; false (and a notice) when refused. */
  importFile(text: string, fileName: string): boolean;
  /** Imports every document of a library backup as new entries. */
  importLibrary(text: string, fileName: string): boolean;
  exportLibrary(): string;
  /** Another tab changed the open document: take theirs, or keep ours as a new entry. */
  resolveConflict(choice: 'reload' | 'copy'): void;
  /** Re-reads the library list (another tab changed it). */
  refreshEntries(): void;
  /** Another tab wrote the document `id` at `revision` (null: removed it). */
  noticeExternalChange(id: string, revision: number | null): void;
}

export type EditorStore = EditorState & EditorActions;
