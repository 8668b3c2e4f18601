import { Suspense, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSheetImport } from './useSheetImport';
import { HistoryDialog, SheetImportDialogs } from './lazyViews';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { MenuItem } from '../common/MenuItem';
import { Menu } from './Menu';
import { useFileImport } from './useFileImport';
import { useSaveFile } from './useSaveFile';

/** The flat Excel template, its writer loaded on first use. */
async function downloadTemplate(): Promise<void> {
  const [{ templateWorkbook }, { downloadBlob }] = await Promise.all([
    import('../../export/xlsx/template'),
    import('../../persistence/download'),
  ]);
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  downloadBlob('templat-sop.xlsx', new Blob([templateWorkbook() as BlobPart], { type }));
}

/** Open a `.sop.json` (as a new library entry) and save the open SOP as one. */
export function FileMenu() {
  const t = useT();
  const saveFile = useSaveFile();
  const importFiles = useFileImport();
  const input = useRef<HTMLInputElement>(null);
  const sheetInput = useRef<HTMLInputElement>(null);
  const sheet = useSheetImport();
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <>
      {historyOpen && (
        <Suspense fallback={null}>
          <HistoryDialog onClose={() => setHistoryOpen(false)} />
        </Suspense>
      )}
      <HiddenFileInput
        ref={sheetInput}
        accept=".xlsx,.csv,.tsv,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="file-import-sheet-input"
        onFiles={(files) => {
          if (files[0]) void sheet.read(files[0]);
        }}
      />
      {(sheet.pending || sheet.question || sheet.report) && (
        <Suspense fallback={null}>
          <SheetImportDialogs sheet={sheet} />
        </Suspense>
      )}
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
            <MenuItem
              testId="file-import-sheet"
              close={close}
              onSelect={() => sheetInput.current?.click()}
            >
              {t('shell.file.importSheet')}
            </MenuItem>
            <MenuItem
              testId="file-download-template"
              close={close}
              onSelect={() => void downloadTemplate()}
            >
              {t('shell.file.template')}
            </MenuItem>
            <MenuItem testId="file-save-json" close={close} onSelect={saveFile}>
              {t('shell.file.saveJson')}
            </MenuItem>
            <MenuItem testId="history" close={close} onSelect={() => setHistoryOpen(true)}>
              {t('shell.file.history')}
            </MenuItem>
          </>
        )}
      </Menu>
    </>
  );
}
