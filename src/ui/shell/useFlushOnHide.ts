import { useEffect } from 'react';
import { hasUnstoredWork } from '../../store/editorTypes';
import { useEditorStore } from '../../store/useEditor';

/**
 * Writes pending changes when the tab is hidden or closed, so the debounce never loses
 * the last keystrokes; and asks before the tab closes while work is not stored
 * (storage full, a conflict, no storage at all, or a save still under way).
 */
export function useFlushOnHide(): void {
  const store = useEditorStore();
  useEffect(() => {
    const flush = () => void store.getState().flushSave();
    // The page may be gone before an IndexedDB write ends: the journal is written at once.
    const leave = () => {
      store.getState().journalUnstored();
      flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      leave();
      if (!hasUnstoredWork(store.getState())) return;
      // Both, for the browsers that honour only one of them; the browser words the question.
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}
