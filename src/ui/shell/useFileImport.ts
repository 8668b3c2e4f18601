import { useCallback } from 'react';
import { useEditorStore } from '../../store/useEditor';
import { importChosenFiles, type ImportKind } from './importFiles';

export type { ImportKind } from './importFiles';

/** Opens chosen or dropped files into the library (see importChosenFiles). */
export function useFileImport(): (files: Iterable<File>, kind: ImportKind) => Promise<void> {
  const store = useEditorStore();
  return useCallback(
    (files, kind) => importChosenFiles(files, kind, () => store.getState()),
    [store],
  );
}
