import { useEffect } from 'react';
import { useEditorStore } from '../../store/useEditor';

/** Writes pending changes when the tab is hidden or closed, so the debounce never loses the last keystrokes. */
export function useFlushOnHide(): void {
  const store = useEditorStore();
  useEffect(() => {
    const flush = () => store.getState().flushSave();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}
