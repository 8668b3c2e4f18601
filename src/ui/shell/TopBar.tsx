import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import { ExportMenu } from './ExportMenu';
import { FileMenu } from './FileMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { SopNameField } from './SopNameField';
import { UndoRedo } from './UndoRedo';
import { ViewSwitch } from './ViewSwitch';

/** The top bar: library toggle, SOP name, undo/redo, file and export menus, print, language; the view tabs below. */
export function TopBar({
  onPrint,
  preparingPrint,
}: {
  onPrint(): void;
  /** The sheet is being laid out for printing. */
  preparingPrint: boolean;
}) {
  const t = useT();
  const libraryOpen = useEditor((s) => s.openPanels.includes('library'));
  const togglePanel = useEditor((s) => s.togglePanel);
  return (
    <header className="topbar" data-testid="top-bar">
      <div className="topbar-row">
        {/* The page's one h1: the app's name, as the title bar shows it. */}
        <h1 className="brand">{t('app.name')}</h1>
        <button
          type="button"
          className="topbar-button"
          data-testid="menu-library"
          aria-expanded={libraryOpen}
          aria-controls="library-panel"
          onClick={() => togglePanel('library')}
        >
          {t('shell.library.toggle')}
        </button>
        <SopNameField />
        <UndoRedo />
        <FileMenu />
        <ExportMenu />
        <button
          type="button"
          className="topbar-button"
          data-testid="print"
          title={t('shell.print.hint')}
          aria-busy={preparingPrint}
          disabled={preparingPrint}
          onClick={onPrint}
        >
          {preparingPrint ? t('shell.print.preparing') : t('shell.print')}
        </button>
        <span className="topbar-spacer" />
        <LanguageSwitch />
      </div>
      <ViewSwitch />
    </header>
  );
}
