import { useCallback, useEffect, useState } from 'react';
import { useEditorStore } from '../../store/useEditor';

/**
 * Printing the official sheet from every view: `print()` (the Cetak button) and Ctrl/Cmd+P.
 * The sheet view has its print copy in the page already and prints at once; elsewhere
 * `preparing` mounts a PrintHost that lays the sheet out first.
 */
export function usePrintSheet(): { preparing: boolean; print(): void; done(): void } {
  const store = useEditorStore();
  const [preparing, setPreparing] = useState(false);
  const print = useCallback(() => {
    if (store.getState().view === 'sheet' && document.querySelector('body > .sheet-print')) {
      window.print();
      return;
    }
    setPreparing(true);
  }, [store]);
  const done = useCallback(() => setPreparing(false), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'p') return;
      // The browser's own Ctrl+P would print the editor screen, not the sheet.
      event.preventDefault();
      print();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [print]);
  return { preparing, print, done };
}
