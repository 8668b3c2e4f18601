import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import { ExportMenu } from './ExportMenu';
import { FileMenu } from './FileMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { SopNameField } from './SopNameField';
import { UndoRedo } from './UndoRedo';
import { ViewSwitch } from './ViewSwitch';

/** The top bar: library toggle, SOP name, undo/redo, file and export menus, language; the view tabs below. */
export function TopBar() {
  const t = useT();
  const libraryOpen = useEditor((s) => s.openPanels.includes('library'));
  const togglePanel = useEditor((s) => s.togglePanel);
  return (
    <header className="topbar" data-testid="top-bar">
      <div className="topbar-row">
        <span className="brand">{t('app.name')}</span>
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
        <span className="topbar-spacer" />
        <LanguageSwitch />
      </div>
      <ViewSwitch />
    </header>
  );
}
