import { useRef } from 'react';
import { useT } from '../../i18n/useT';
import { fileNameFor, downloadText } from '../../persistence/download';
import { serializeSopFile } from '../../persistence/sopFile';
import { useEditorStore } from '../../store/useEditor';
import { Menu } from './Menu';
import { useFileImport } from './useFileImport';

/** Open a `.sop.json` (as a new library entry) and save the open SOP as one. */
export function FileMenu() {
  const t = useT();
  const store = useEditorStore();
  const importFiles = useFileImport();
  const input = useRef<HTMLInputElement>(null);
  const save = () => {
    const { doc } = store.getState();
    downloadText(fileNameFor(doc.identity.name, '.sop.json'), serializeSopFile(doc));
  };
  return (
    <>
      {/* Outside the menu so it is always in the page (automation sets files on it directly). */}
      <input
        ref={input}
        type="file"
        accept=".json,.sop.json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-open-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          void importFiles(files, 'document');
        }}
      />
      <Menu label={t('shell.menu.file')} testId="menu-file">
        {(close) => (
          <>
            <button
              type="button"
              role="menuitem"
              data-testid="file-open"
              onClick={() => {
                close();
                input.current?.click();
              }}
            >
              {t('shell.file.open')}
            </button>
            <button
              type="button"
              role="menuitem"
              data-testid="file-save-json"
              onClick={() => {
                close();
                save();
              }}
            >
              {t('shell.file.saveJson')}
            </button>
          </>
        )}
      </Menu>
    </>
  );
}
