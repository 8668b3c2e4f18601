import type { Language } from '../i18n/table';
import type { FileError } from '../model/fileErrors';
import type { SopDocument } from '../model/types';
import type { FiledDocument } from '../model/documentMeta';
import type { OfficeProfile } from '../model/profile';
import type { BackupVersion } from '../persistence/libraryFile';
import type {
  SavedVersion,
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
  /** What a backup import did, by id: new entries, entries replaced, copies kept beside, left out, failed. */
  | {
      kind: 'imported';
      added: number;
      replaced: number;
      kept: number;
      skipped: number;
      failed: number;
    }
  /** Another SOP could not be opened: the open one has work that is not stored yet. */
  | { kind: 'leaveBlocked'; reason: 'conflict' | 'unsaved' }
  /** An SOP changed since its last export was exported again: set its Tanggal Revisi to today? */
  | { kind: 'offerRevisionDate'; docId: string; date: string }
  /** The office profile was applied to this many stored SOPs. */
  | { kind: 'profileApplied'; count: number }
  /** Work a closed tab left unstored was kept as these new entries (the stored one had changed). */
  | { kind: 'recovered'; names: string[] };

/** The entry an opened file meets: the library's copy of the same document (same id). */
export interface ImportClash {
  id: string;
  title: string;
  updatedAt: string;
}

/**
 * An opened file or backup whose documents are already in the library (same ids): nothing is
 * written until the user chooses to replace them, keep both, or cancel.
 */
export type PendingImport =
  | {
      kind: 'document';
      fileName: string;
      file: FiledDocument;
      clash: ImportClash;
      /** Which copy changed later, by the times they carry. */
      newer: 'file' | 'library' | 'same';
    }
  | {
      kind: 'library';
      fileName: string;
      files: FiledDocument[];
      versions: BackupVersion[];
      clashes: number;
    };

export type ImportChoice = 'replace' | 'keepBoth' | 'skip' | 'cancel';

/** A deletion that can still be taken back from the toast. */
export interface PendingDelete {
  /** One or several entries (a selection deleted at once), taken back together. */
  removed: RemovedEntry[];
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
  /** A file or backup waiting for the user's choice about documents already here. */
  pendingImport: PendingImport | null;
  /** The office profile new SOPs start from (null: none set). */
  profile: OfficeProfile | null;
  /**
   * SOPs (not the open one) the profile was applied to in this session, with what they were
   * before: opening one puts that state in its undo history, so each is undone on its own.
   */
  profileUndo: Readonly<Record<string, SopDocument>>;
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
  /** Deletes several entries at once; one undo puts them all back. */
  deleteDocuments(ids: readonly string[]): Promise<void>;
  undoDelete(): Promise<void>;
  forgetDelete(): void;
  /**
   * Opens a `.sop.json` text: a new entry, or — when its id is already an entry's — a choice
   * (pendingImport) first; false (and a notice) when refused.
   */
  importFile(text: string, fileName: string): Promise<boolean>;
  /** Carries out the choice about a pending import (keepBoth: beside it, under a name of its own). */
  resolveImport(choice: ImportChoice): Promise<void>;
  /** Adds a document built here (an imported spreadsheet) as a new entry and opens it. */
  openNewDocument(doc: SopDocument): Promise<boolean>;
  /** Merges a library backup by id: new documents are added; for those already here, the user chooses. */
  importLibrary(text: string, fileName: string): Promise<boolean>;
  exportLibrary(): Promise<string>;
  /** Keeps the open SOP as a version with a note (Riwayat versi); false when it could not be stored. */
  saveVersion(note: string, kind?: 'manual' | 'export'): Promise<boolean>;
  /** The open SOP's saved versions, newest first. */
  versions(): Promise<SavedVersion[]>;
  /**
   * After an export: keeps the exported document as a version, and when it changed since the
   * previous export and its Tanggal Revisi is not today, offers to set it.
   */
  exported(): Promise<void>;
  /** Keeps `profile` as the office profile (null removes it); false when storage refused. */
  setProfile(profile: OfficeProfile | null): Promise<boolean>;
  /**
   * Applies the office profile to these entries: the open one as an undoable edit, the others
   * saved with their earlier state kept for undo when they are opened. Returns how many changed.
   */
  applyProfileTo(ids: readonly string[]): Promise<number>;
  /** One entry's document with who it is, for a bulk export (the open one as it is on screen). */
  filedDocument(id: string): Promise<FiledDocument | null>;
  /** Another tab changed the open document: take theirs, or keep ours as a new entry. */
  resolveConflict(choice: 'reload' | 'copy'): Promise<void>;
  /** Reads and checks every stored record (after start): sets aside and reports those that no longer read. */
  checkLibrary(): Promise<void>;
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
