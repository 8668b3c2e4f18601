import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useFileImport } from './useFileImport';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Dropping a file anywhere on the window opens it as a new SOP (never over the open one). */
export function DropOverlay() {
  const t = useT();
  const importFiles = useFileImport();
  const [active, setActive] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setActive(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser would navigate to the dropped file.
      e.preventDefault();
      depth = 0;
      setActive(false);
      void importFiles(Array.from(e.dataTransfer?.files ?? []), 'document');
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);
  if (!active) return null;
  return (
    <div className="drop-overlay" aria-live="polite">
      <div className="drop-overlay-card">{t('shell.file.dropHint')}</div>
    </div>
  );
}
