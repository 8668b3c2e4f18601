import { translate } from '../i18n/dictionary';
import type { Language } from '../i18n/table';
import { dropJournal, readJournals, type JournalEntry } from '../persistence/unsavedJournal';
import { toFileDocument } from '../model/fileDocument';
import type { SopDocument } from '../model/types';
import type { EditorEnv } from './editorEnv';
import type { Notice } from './editorTypes';

const sameDocument = (a: SopDocument, b: SopDocument) =>
  JSON.stringify(toFileDocument(a)) === JSON.stringify(toFileDocument(b));

/**
 * Stores the work that closed tabs left in the journal (unsavedJournal.ts): as a save
 * over the write it was based on, or — when another tab changed that document since —
 * as a copy beside it, so neither version is lost. Entries of tabs still open are left.
 */
export async function recoverJournals(env: EditorEnv, language: Language): Promise<Notice[]> {
  if (!env.journal) return [];
  const entries = readJournals(env.settingsStorage);
  let live = await env.journal.liveTabs();
  // The page this one replaces (a reload) may still be letting go of its lock: ask once more.
  if (entries.some((e) => live.has(e.tab))) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    live = await env.journal.liveTabs();
  }
  const copies: string[] = [];
  for (const entry of entries) {
    if (live.has(entry.tab)) continue;
    const outcome = await recover(env, entry, language);
    if (outcome === 'failed') continue;
    if (outcome === 'copy') copies.push(entry.doc.identity.name);
    dropJournal(env.settingsStorage, entry);
  }
  return copies.length > 0 ? [{ kind: 'recovered', names: copies }] : [];
}

async function recover(
  env: EditorEnv,
  entry: JournalEntry,
  language: Language,
): Promise<'saved' | 'same' | 'copy' | 'failed'> {
  if (entry.docId !== null && entry.base !== null) {
    const saved = await env.library.save(entry.docId, entry.doc, entry.base);
    if (saved.ok) return 'saved';
    if (saved.reason !== 'conflict' && saved.reason !== 'missing') return 'failed';
    const stored = await env.library.load(entry.docId);
    // The page's own save did finish before it closed: nothing was lost.
    if (stored.ok && sameDocument(stored.record.doc, entry.doc)) return 'same';
  }
  const name = translate(language, 'shell.recoveredName', { name: entry.doc.identity.name });
  // The copy is told apart by its entry's name; the SOP's own name is left as it was.
  const created = await env.library.create(entry.doc, entry.docId === null ? {} : { label: name });
  return created.ok ? 'copy' : 'failed';
}
