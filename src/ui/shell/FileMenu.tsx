import { useRef } from 'react';
import { useT } from '../../i18n/useT';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { MenuItem } from '../common/MenuItem';
import { Menu } from './Menu';
import { useFileImport } from './useFileImport';
import { useSaveFile } from './useSaveFile';

/** Open a `.sop.json` (as a new library entry) and save the open SOP as one. */
export function FileMenu() {
  const t = useT();
  const saveFile = useSaveFile();
  const importFiles = useFileImport();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* Outside the menu so it is always in the page (automation sets files on it directly). */}
      <HiddenFileInput
        ref={input}
        accept=".json,.sop.json,application/json"
        testId="file-open-input"
        onFiles={(files) => void importFiles(files, 'document')}
      />
      <Menu label={t('shell.menu.file')} testId="menu-file">
        {(close) => (
          <>
            <MenuItem testId="file-open" close={close} onSelect={() => input.current?.click()}>
              {t('shell.file.open')}
            </MenuItem>
            <MenuItem testId="file-save-json" close={close} onSelect={saveFile}>
              {t('shell.file.saveJson')}
            </MenuItem>
          </>
        )}
      </Menu>
    </>
  );
}
