import { useCallback } from 'react';
import { downloadSopFile } from '../../persistence/download';
import { useEditorStore } from '../../store/useEditor';
import { fileMetaOf } from '../../store/fileMeta';

/**
 * Saves the open SOP as a `.sop.json` download, or says why it cannot: a document
 * over the file size limit is not written, as it could not be opened again.
 */
export function useSaveFile(): () => void {
  const store = useEditorStore();
  return useCallback(() => {
    const state = store.getState();
    const refused = downloadSopFile(state.doc, fileMetaOf(state));
    if (refused)
      // The words for a file error load when one is to be shown.
      void import('../../model/fileErrorMessages').then(({ formatFileError }) =>
        state.addNotice({ kind: 'exportFailed', reason: formatFileError(refused, state.language) }),
      );
  }, [store]);
}
