import { Suspense, useEffect } from 'react';
import { useEditor } from '../../store/useEditor';
import { ConflictBanner } from './ConflictBanner';
import { DeleteToast } from './DeleteToast';
import { DropOverlay } from './DropOverlay';
import { LibraryPanel } from './LibraryPanel';
import { ProblemsDock } from '../problems/ProblemsDock';
import { MainView } from './MainView';
import { Notices } from './Notices';
import { StatusLine } from './StatusLine';
import { StorageErrorBanner } from './StorageErrorBanner';
import { TopBar } from './TopBar';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useFlushOnHide } from './useFlushOnHide';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePrintSheet } from './usePrintSheet';
import { fetchViewsSoon, ImportChoiceDialog, PrintHost } from './lazyViews';
import '../common/base.css';
import './shell.css';
import './library.css';

/** One window: top bar, messages, library beside the current view, status line. */
export function Shell() {
  const libraryOpen = useEditor((s) => s.openPanels.includes('library'));
  useKeyboardShortcuts();
  useFlushOnHide();
  useDocumentLanguage();
  const printing = usePrintSheet();
  const choosingImport = useEditor((s) => s.pendingImport !== null);
  useEffect(fetchViewsSoon, []);
  return (
    <div className="shell">
      <TopBar onPrint={printing.print} preparingPrint={printing.preparing} />
      <div className="shell-messages">
        <StorageErrorBanner />
        <ConflictBanner />
        <Notices />
      </div>
      <div className="shell-body">
        {libraryOpen && <LibraryPanel />}
        <main className="shell-main">
          <MainView />
        </main>
      </div>
      <ProblemsDock />
      <StatusLine />
      <DeleteToast />
      <DropOverlay />
      {choosingImport && (
        <Suspense fallback={null}>
          <ImportChoiceDialog />
        </Suspense>
      )}
      {printing.preparing && (
        <Suspense fallback={null}>
          <PrintHost onDone={printing.done} />
        </Suspense>
      )}
    </div>
  );
}
