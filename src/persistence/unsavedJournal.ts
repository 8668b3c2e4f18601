import type { SopDocument } from '../model/types';
import type { RecordStamp } from './libraryRecords';
import { KEY_PREFIX, type KeyValueStorage } from './libraryStorage';
import { parseSopValue, toEnvelope } from './sopFile';

/*
 * IndexedDB writes are asynchronous, and a page that is closing does not wait for
 * them: the last keystrokes before a reload would be lost. So when the page goes
 * away with work not yet stored, that work is also written synchronously to
 * localStorage as a journal entry (the document and the write it is based on).
 * The next start applies it as an ordinary save (or as a copy when another tab
 * changed the document meanwhile) and removes it. Each tab holds a Web Lock for
 * its whole life, so a start never takes a journal of a tab that is still open.
 */

const JOURNAL_PREFIX = `${KEY_PREFIX}unsaved:`;

export interface JournalEntry {
  key: string;
  tab: string;
  docId: string | null;
  base: RecordStamp | null;
  doc: SopDocument;
}

/** The envelope id of unstored work that has no entry yet (the journal's docId says which). */
const JOURNAL_DOC_ID = 'unstored';

/** The lock a tab holds while it is open; its journal is left alone until it is released. */
export function tabLockName(tab: string): string {
  return `alir:tab:${tab}`;
}

/** Writes the tab's unstored work (replacing its earlier entry); false when localStorage refused. */
export function writeJournal(storage: KeyValueStorage, entry: Omit<JournalEntry, 'key'>): boolean {
  try {
    storage.setItem(
      JOURNAL_PREFIX + entry.tab,
      JSON.stringify({
        tab: entry.tab,
        docId: entry.docId,
        base: entry.base,
        file: toEnvelope(entry.doc, { id: entry.docId ?? JOURNAL_DOC_ID, modified: null }),
      }),
    );
    return true;
  } catch {
    return false;
  }
}

/** Removes the tab's entry once its work is stored. */
export function clearJournal(storage: KeyValueStorage, tab: string): void {
  try {
    storage.removeItem(JOURNAL_PREFIX + tab);
  } catch {
    // A leftover entry is harmless: applying it finds the same document stored.
  }
}

/** Every readable journal entry; unreadable ones are removed (they hold nothing that could be used). */
export function readJournals(storage: KeyValueStorage): JournalEntry[] {
  const entries: JournalEntry[] = [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const entry = readEntry(key, storage.getItem(key));
    if (entry) entries.push(entry);
    else clearKey(storage, key);
  }
  return entries;
}

/** Removes an applied entry. */
export function dropJournal(storage: KeyValueStorage, entry: JournalEntry): void {
  clearKey(storage, entry.key);
}

function clearKey(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // See clearJournal.
  }
}

function readEntry(key: string, raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    const parsed = parseSopValue(v.file);
    if (!parsed.ok || typeof v.tab !== 'string') return null;
    const base = v.base as RecordStamp | null;
    const validBase =
      base === null ||
      (typeof base === 'object' &&
        typeof base.revision === 'number' &&
        typeof base.token === 'string');
    if (!validBase) return null;
    return {
      key,
      tab: v.tab,
      docId: typeof v.docId === 'string' ? v.docId : null,
      base,
      doc: parsed.doc,
    };
  } catch {
    return null;
  }
}
