import { Suspense, useEffect } from 'react';
import { useEditor } from '../../store/useEditor';
import { DropOverlay } from './DropOverlay';
import { LibraryPanel } from './LibraryPanel';
import { ProblemsDock } from '../problems/ProblemsDock';
import { MainView } from './MainView';
import { StatusLine } from './StatusLine';
import { TopBar } from './TopBar';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useFlushOnHide } from './useFlushOnHide';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePrintSheet } from './usePrintSheet';
import {
  ConflictBanner,
  DeleteToast,
  fetchViewsSoon,
  ImportChoiceDialog,
  Notices,
  PrintHost,
  StorageErrorBanner,
  UpdateBanner,
} from './lazyViews';
import { useUpdateReady } from './appUpdate';
import '../common/base.css';
import './shell.css';

/** One window: top bar, messages, library beside the current view, status line. */
export function Shell() {
  const libraryOpen = useEditor((s) => s.openPanels.includes('library'));
  useKeyboardShortcuts();
  useFlushOnHide();
  useDocumentLanguage();
  const printing = usePrintSheet();
  const choosingImport = useEditor((s) => s.pendingImport !== null);
  const hasNotices = useEditor((s) => s.notices.length > 0);
  const updateReady = useUpdateReady();
  const conflicted = useEditor((s) => s.saveStatus.kind === 'conflict');
  const deleted = useEditor((s) => s.pendingDelete !== null);
  const storageTrouble = useEditor(
    (s) => s.saveStatus.kind === 'error' || s.saveStatus.kind === 'memory',
  );
  useEffect(fetchViewsSoon, []);
  return (
    <div className="shell">
      <TopBar onPrint={printing.print} preparingPrint={printing.preparing} />
      <div className="shell-messages">
        {updateReady && (
          <Suspense fallback={null}>
            <UpdateBanner />
          </Suspense>
        )}
        {storageTrouble && (
          <Suspense fallback={null}>
            <StorageErrorBanner />
          </Suspense>
        )}
        {conflicted && (
          <Suspense fallback={null}>
            <ConflictBanner />
          </Suspense>
        )}
        {hasNotices && (
          <Suspense fallback={null}>
            <Notices />
          </Suspense>
        )}
      </div>
      <div className="shell-body">
        {libraryOpen && <LibraryPanel />}
        <main className="shell-main">
          <MainView />
        </main>
      </div>
      <ProblemsDock />
      <StatusLine />
      {deleted && (
        <Suspense fallback={null}>
          <DeleteToast />
        </Suspense>
      )}
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
