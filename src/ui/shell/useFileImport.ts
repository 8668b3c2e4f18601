import { useCallback } from 'react';
import { fileError } from '../../model/fileErrors';
import { LIMITS } from '../../model/limits';
import { formatBytes } from '../../model/schema';
import { LIBRARY_MAX_BYTES } from '../../persistence/libraryFile';
import { useEditorStore } from '../../store/useEditor';

export type ImportKind = 'document' | 'library';

/**
 * Reads chosen or dropped files and hands their text to the store, which adds each
 * good one as a new library entry. Oversized files are refused before being read.
 */
export function useFileImport(): (files: Iterable<File>, kind: ImportKind) => Promise<void> {
  const store = useEditorStore();
  return useCallback(
    async (files, kind) => {
      const max = kind === 'library' ? LIBRARY_MAX_BYTES : LIMITS.fileBytes;
      for (const file of files) {
        const state = store.getState();
        if (file.size > max) {
          const errors = [
            fileError([], 'tooLarge', { size: formatBytes(file.size), max: formatBytes(max) }),
          ];
          state.addNotice({ kind: 'fileRefused', fileName: file.name, errors });
          continue;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          state.addNotice({ kind: 'fileUnreadable', fileName: file.name });
          continue;
        }
        if (kind === 'library') await store.getState().importLibrary(text, file.name);
        else await store.getState().importFile(text, file.name);
      }
    },
    [store],
  );
}
