import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import { useLayout } from '../layout/useLayout';
import { SheetPrintCopy } from './SheetPrintCopy';
import './sheet.css';

/**
 * Prints the official sheet from a view that does not show it: lays the sheet out, puts the
 * print copy under <body>, opens the browser's print dialog once it is drawn, and calls
 * `onDone` when the dialog has closed (or the layout failed: nothing to print).
 */
export function PrintHost({ onDone }: { onDone(): void }) {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const { result } = useLayout('sheet', doc);
  const geometry = result && 'answer' in result ? result.answer.geometry : null;
  const failed = result !== null && 'error' in result;
  useEffect(() => {
    if (failed) onDone();
    if (!geometry) return undefined;
    // One frame for the copy to be in the page, then the dialog (it prints what is there).
    const frame = requestAnimationFrame(() => {
      window.print();
      onDone();
    });
    return () => cancelAnimationFrame(frame);
  }, [geometry, failed, onDone]);
  return geometry ? <SheetPrintCopy geometry={geometry} label={t('sheet.pages')} /> : null;
}
