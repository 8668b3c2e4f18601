import { useCallback, useRef, useState } from 'react';
import type { LibraryEntry } from '../../persistence/library';
import { useEditorStore } from '../../store/useEditor';

export interface BulkProgress {
  done: number;
  total: number;
}

/**
 * Exports entries as one zip of PDFs, workbooks and SOP files, with progress and a way to stop.
 * The work (bulkExport.ts) and the writers load on first use.
 */
export function useBulkExport() {
  const store = useEditorStore();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(
    async (entries: readonly LibraryEntry[]) => {
      if (abort.current || entries.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      setProgress({ done: 0, total: entries.length });
      try {
        const { exportEntries } = await import('./bulkExport');
        await exportEntries(
          store,
          entries,
          (done, total) => setProgress({ done, total }),
          controller.signal,
        );
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
    [store],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { progress, start, cancel };
}
