import { addStrings, translate } from '../../i18n/dictionary';
import { libraryStrings } from '../../i18n/strings/library';
import { entryTitle } from '../../model/librarySearch';
import { downloadBlob } from '../../persistence/download';
import type { LibraryEntry } from '../../persistence/library';
import { isoDate } from '../../store/editorEnv';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { BULK_FORMATS, writeBulkZip } from '../../export/bulkZip';
import { loadBrowserSheetFonts } from '../../export/pdf/browserFontFiles';

addStrings(libraryStrings);

/** Lets the page draw and take clicks between two SOPs of a long export. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes the entries as one zip (loaded with the writers on first use), each SOP read from
 * storage only when its turn comes; downloads it unless stopped, and says what was left out.
 */
export async function exportEntries(
  store: EditorStoreApi,
  entries: readonly LibraryEntry[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(store.getState().language, key, params);
  await store.getState().flushSave();
  const chunks: BlobPart[] = [];
  const result = await writeBulkZip(
    entries.map((entry) => ({
      title: entryTitle(entry),
      load: () => store.getState().filedDocument(entry.id),
    })),
    {
      formats: BULK_FORMATS,
      loadFonts: loadBrowserSheetFonts,
      onChunk: (chunk) => chunks.push(chunk as BlobPart),
      onProgress,
      signal,
      pause: nextTurn,
    },
  );
  if (result.cancelled) return;
  downloadBlob(
    `${t('shell.bulk.fileName')}-${isoDate(new Date())}.zip`,
    new Blob(chunks, { type: 'application/zip' }),
  );
  if (result.skipped.length === 0) return;
  const why = (reason: string) =>
    reason === 'unreadable'
      ? t('shell.bulk.unreadable')
      : reason === 'tooLarge'
        ? t('shell.bulk.tooLarge')
        : reason;
  const list = result.skipped.map((s) => `${s.title} (${why(s.reason)})`).join('; ');
  store.getState().addNotice({ kind: 'exportFailed', reason: t('shell.bulk.skipped', { list }) });
}
