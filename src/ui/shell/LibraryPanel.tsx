import { useRef } from 'react';
import { useT } from '../../i18n/useT';
import { formatFileError } from '../../model/fileErrorMessages';
import { downloadText } from '../../persistence/download';
import { FileWriteError } from '../../persistence/sopFile';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { LibraryItem } from './LibraryItem';
import { useFileImport } from './useFileImport';
import { isoDate } from '../../store/editorEnv';

/** All SOPs in this browser, most recently changed first, with new / backup controls. */
export function LibraryPanel() {
  const t = useT();
  const store = useEditorStore();
  const entries = useEditor((s) => s.entries);
  const docId = useEditor((s) => s.docId);
  const createDocument = useEditor((s) => s.createDocument);
  const importFiles = useFileImport();
  const backupInput = useRef<HTMLInputElement>(null);
  const sorted = [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const persistence = useEditor((s) => s.persistence);
  const persistent = useEditor((s) => s.saveStatus.kind !== 'memory');
  const exportBackup = async () => {
    const state = store.getState();
    let text: string;
    try {
      text = await state.exportLibrary();
    } catch (e) {
      // The backup writer refuses a backup the app could not read back (a document
      // over the one-file limit, or a whole backup over its limit); say which.
      if (!(e instanceof FileWriteError)) throw e;
      const reason = e.errors.map((error) => formatFileError(error, state.language)).join('; ');
      state.addNotice({ kind: 'exportFailed', reason });
      return;
    }
    downloadText(`${t('shell.library.backupFileName')}-${isoDate(new Date())}.json`, text);
  };
  return (
    <aside className="library" id="library-panel" aria-label={t('shell.library.heading')}>
      <div className="library-head">
        <h2>{t('shell.library.heading')}</h2>
        <span className="library-count">
          {entries.length === 1
            ? t('shell.library.countOne')
            : t('shell.library.count', { count: entries.length })}
        </span>
      </div>
      <button
        type="button"
        className="library-new"
        data-testid="library-new"
        onClick={() => void createDocument()}
      >
        + {t('shell.library.new')}
      </button>
      <ul className="library-list">
        {sorted.map((entry) => (
          <LibraryItem key={entry.id} entry={entry} open={entry.id === docId} />
        ))}
      </ul>
      <div className="library-backup">
        <button type="button" data-testid="library-export" onClick={() => void exportBackup()}>
          {t('shell.library.exportBackup')}
        </button>
        <button
          type="button"
          data-testid="library-import"
          onClick={() => backupInput.current?.click()}
        >
          {t('shell.library.importBackup')}
        </button>
        <HiddenFileInput
          ref={backupInput}
          accept=".json,application/json"
          testId="library-import-input"
          onFiles={(files) => void importFiles(files, 'library')}
        />
      </div>
      {persistent && persistence !== 'unknown' && (
        <p
          className="library-persistence"
          data-testid="storage-persistence"
          data-state={persistence}
        >
          {t(
            persistence === 'granted'
              ? 'shell.library.persisted'
              : persistence === 'denied'
                ? 'shell.library.notPersisted'
                : 'shell.library.persistUnknown',
          )}
        </p>
      )}
    </aside>
  );
}
