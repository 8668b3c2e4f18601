import type { StoreApi } from 'zustand/vanilla';
import type { FiledDocument } from '../model/documentMeta';
import type { BackupVersion } from '../persistence/libraryFile';
import type { SopDocument } from '../model/types';
import type { RecordStamp } from '../persistence/library';
import type { EditorEnv } from './editorEnv';
import type { EditorStore, ImportChoice, Notice, PendingImport } from './editorTypes';

/** What carrying out an import choice needs of the library actions. */
export interface ImportContext {
  env: EditorEnv;
  get: StoreApi<EditorStore>['getState'];
  set: StoreApi<EditorStore>['setState'];
  show(id: string, doc: SopDocument, stamp: RecordStamp, savedAt: string): Promise<void>;
  notify(notice: Notice): void;
  addAndOpen(doc: SopDocument): Promise<void>;
  copyTitle(title: string, key: 'copy' | 'fromFile'): Promise<string>;
  canLeave(): Promise<boolean>;
}

/**
 * Merges the documents of a backup by id: those not here are added under their own ids; for
 * those here, the one choice made for all (replace, keep both beside, skip). Says how many of each.
 */
export async function mergeBackup(
  { env, get, set, show, notify, copyTitle }: ImportContext,
  files: FiledDocument[],
  choice: ImportChoice,
  versions: readonly BackupVersion[] = [],
): Promise<boolean> {
  // The documents' histories come in too (a version already here, by its key, is left as it is).
  try {
    await env.library.addVersionRows(versions);
  } catch {
    // A history that does not fit is no reason to leave the documents out.
  }
  const counts = { added: 0, replaced: 0, kept: 0, skipped: 0, failed: 0 };
  const openId = get().docId;
  let reopen = false;
  for (const { doc, meta } of files) {
    const created = await env.library.createAs(meta.id, doc, { modified: meta.modified });
    if (created.ok) {
      counts.added++;
      continue;
    }
    if (created.reason !== 'taken') {
      counts.failed++;
      continue;
    }
    if (choice === 'skip' || choice === 'cancel') counts.skipped++;
    else if (choice === 'replace') {
      const replaced = await env.library.replace(meta.id, doc, meta.modified);
      if (replaced.ok) counts.replaced++;
      else counts.failed++;
      if (replaced.ok && meta.id === openId) reopen = true;
    } else {
      const label = await copyTitle(doc.identity.name, 'fromFile');
      const kept = await env.library.create(doc, { label, modified: meta.modified });
      if (kept.ok) counts.kept++;
      else counts.failed++;
    }
  }
  set({ entries: await env.library.entries() });
  // The open SOP was replaced by the backup's version: show that one.
  if (reopen && openId !== null) {
    const loaded = await env.library.load(openId);
    if (loaded.ok) await show(openId, loaded.record.doc, loaded.record, loaded.record.savedAt);
  }
  notify({ kind: 'imported', ...counts });
  return counts.failed === 0;
}

/** Carries out the user's choice about an opened file or backup whose documents are here already. */
export async function resolveImport(
  context: ImportContext,
  pending: PendingImport,
  choice: Exclude<ImportChoice, 'cancel'>,
): Promise<void> {
  const { env, set, show, addAndOpen, copyTitle, canLeave } = context;
  if (pending.kind === 'library') {
    await mergeBackup(context, pending.files, choice, pending.versions);
    return;
  }
  if (choice === 'skip') return;
  if (!(await canLeave())) {
    set({ pendingImport: pending });
    return;
  }
  const { doc, meta } = pending.file;
  if (choice === 'keepBoth') {
    const label = await copyTitle(doc.identity.name, 'fromFile');
    const created = await env.library.create(doc, { label, modified: meta.modified });
    if (created.ok) await show(created.id, doc, created.record, created.record.savedAt);
    else await addAndOpen(doc);
    return;
  }
  const replaced = await env.library.replace(pending.clash.id, doc, meta.modified);
  if (replaced.ok) {
    await show(pending.clash.id, doc, replaced.record, replaced.record.savedAt);
    return;
  }
  set({
    saveStatus:
      replaced.reason === 'invalid'
        ? { kind: 'error', reason: 'invalid', errors: replaced.errors }
        : { kind: 'error', reason: replaced.reason },
  });
}
