import { useEffect } from 'react';
import { watchLibrary } from '../../persistence/libraryWatch';
import { useEditorStore } from '../../store/useEditor';

/** Hears other tabs' writes: the list refreshes, and a change to the open SOP raises the conflict choice. */
export function useLibraryWatch(): void {
  const store = useEditorStore();
  useEffect(
    () =>
      watchLibrary((change) => {
        const state = store.getState();
        if (change.kind === 'index') state.refreshEntries();
        else state.noticeExternalChange(change.id, change.revision);
      }),
    [store],
  );
}
