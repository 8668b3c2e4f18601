import { useCallback, useRef, useState } from 'react';
import { downloadBlob } from '../../persistence/download';
import type { LibraryEntry } from '../../persistence/library';
import { entryTitle } from '../../model/librarySearch';
import { useEditorStore } from '../../store/useEditor';
import { useT } from '../../i18n/useT';
import { isoDate } from '../../store/editorEnv';

export interface BulkProgress {
  done: number;
  total: number;
}

/** Lets the page draw and take clicks between two SOPs of a long export. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Exports entries as one zip of PDFs, workbooks and SOP files, with progress and a way to stop.
 * The writers load on first use; each SOP is read from storage only when its turn comes.
 */
export function useBulkExport(fileStem: string) {
  const store = useEditorStore();
  const t = useT();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(
    async (entries: readonly LibraryEntry[]) => {
      if (abort.current || entries.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      setProgress({ done: 0, total: entries.length });
      try {
        await store.getState().flushSave();
        const [{ writeBulkZip, BULK_FORMATS }, { loadBrowserSheetFonts }] = await Promise.all([
          import('../../export/bulkZip'),
          import('../../export/pdf/browserFontFiles'),
        ]);
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
            onProgress: (done, total) => setProgress({ done, total }),
            signal: controller.signal,
            pause: nextTurn,
          },
        );
        if (result.cancelled) return;
        downloadBlob(
          `${fileStem}-${isoDate(new Date())}.zip`,
          new Blob(chunks, { type: 'application/zip' }),
        );
        if (result.skipped.length > 0) {
          const why = (reason: string) =>
            reason === 'unreadable'
              ? t('shell.bulk.unreadable')
              : reason === 'tooLarge'
                ? t('shell.bulk.tooLarge')
                : reason;
          const list = result.skipped.map((s) => `${s.title} (${why(s.reason)})`).join('; ');
          store
            .getState()
            .addNotice({ kind: 'exportFailed', reason: t('shell.bulk.skipped', { list }) });
        }
      } catch (error) {
        store.getState().addNotice({
          kind: 'exportFailed',
          reason: error instanceof Error ? error.message : String(error),
        });
      } finally {
        abort.current = null;
        setProgress(null);
      }
    },
    [store, fileStem, t],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { progress, start, cancel };
}
