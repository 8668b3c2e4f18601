import {
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import { useT } from '../../i18n/useT';
import {
  libraryUnits,
  queryLibrary,
  queryWords,
  type LibrarySort,
} from '../../model/librarySearch';
import { downloadText } from '../../persistence/download';
import { FileWriteError } from '../../persistence/sopFile';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { LibraryItem } from './LibraryItem';
import {
  LibraryExportProgress,
  LibrarySelectionBar,
  LibraryTools,
  ProfileApplyDialog,
  ProfileDialog,
} from './libraryBars';
import type { LibraryEntry } from '../../persistence/library';
import { useBulkExport } from './useBulkExport';
import { useFileImport } from './useFileImport';
import { isoDate } from '../../store/editorEnv';
import './library.css';

/** How many entries are drawn at a time. */
const DRAW_STEP = 60;

/** The end of the drawn part of the list: when it scrolls into view, more are drawn. */
function MoreEntries({ onVisible }: { onVisible(): void }) {
  const mark = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const node = mark.current;
    if (!node || typeof IntersectionObserver === 'undefined') return undefined;
    const watch = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting)) onVisible();
    });
    watch.observe(node);
    return () => watch.disconnect();
  }, [onVisible]);
  return <li ref={mark} className="library-more" aria-hidden="true" />;
}

/**
 * All SOPs in this browser: search, order and filter them, select several (checkboxes,
 * Shift+click for a range) to delete or export as one zip; new SOP and backup controls.
 */
export function LibraryPanel() {
  const t = useT();
  const store = useEditorStore();
  const entries = useEditor((s) => s.entries);
  const docId = useEditor((s) => s.docId);
  const createDocument = useEditor((s) => s.createDocument);
  const deleteDocuments = useEditor((s) => s.deleteDocuments);
  const importFiles = useFileImport();
  const backupInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('changed');
  const [unit, setUnit] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [profileOpen, setProfileOpen] = useState(false);
  const [applyingTo, setApplyingTo] = useState<readonly LibraryEntry[] | null>(null);
  const hasProfile = useEditor((s) => s.profile !== null);
  // A library of a thousand SOPs draws its first entries at once and the rest as they are scrolled to.
  const [drawn, setDrawn] = useState(DRAW_STEP);
  const anchor = useRef<string | null>(null);
  const bulk = useBulkExport();
  // Typing in the search box stays quick with a thousand entries: the list follows a moment later.
  const searched = useDeferredValue(query);
  const units = useMemo(() => libraryUnits(entries), [entries]);
  const listKey = `${searched}\u0000${sort}\u0000${unit ?? ''}`;
  const [drawnFor, setDrawnFor] = useState(listKey);
  if (drawnFor !== listKey) {
    setDrawnFor(listKey);
    setDrawn(DRAW_STEP);
  }
  const shown = useMemo(
    () =>
      queryLibrary(entries, {
        words: queryWords(searched),
        unit: unit !== null && units.includes(unit) ? unit : null,
        sort,
      }),
    [entries, searched, unit, units, sort],
  );
  // Entries deleted meanwhile (here or in another tab) drop out of the selection.
  const chosen = entries.filter((e) => selected.has(e.id));
  const persistence = useEditor((s) => s.persistence);
  const persistent = useEditor((s) => s.saveStatus.kind !== 'memory');

  const select = (id: string, event: MouseEvent<HTMLInputElement>) => {
    const next = new Set(selected);
    const on = !selected.has(id);
    const from = anchor.current === null ? -1 : shown.findIndex((e) => e.id === anchor.current);
    const to = shown.findIndex((e) => e.id === id);
    if (event.shiftKey && from >= 0 && to >= 0) {
      const [a, b] = from < to ? [from, to] : [to, from];
      for (const e of shown.slice(a, b + 1)) {
        if (on) next.add(e.id);
        else next.delete(e.id);
      }
    } else if (on) next.add(id);
    else next.delete(id);
    anchor.current = id;
    setSelected(next);
  };
  const allShownSelected = shown.length > 0 && shown.every((e) => selected.has(e.id));

  const exportBackup = async () => {
    const state = store.getState();
    let text: string;
    try {
      text = await state.exportLibrary();
    } catch (e) {
      // The backup writer refuses a backup the app could not read back (a document
      // over the one-file limit, or a whole backup over its limit); say which.
      if (!(e instanceof FileWriteError)) throw e;
      // The words for file errors load when one is to be shown.
      const { formatFileError } = await import('../../model/fileErrorMessages');
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
        <span className="library-count" data-testid="library-count">
          {shown.length !== entries.length
            ? t('shell.library.shown', {
                shown: String(shown.length),
                count: String(entries.length),
              })
            : entries.length === 1
              ? t('shell.library.countOne')
              : t('shell.library.count', { count: entries.length })}
        </span>
      </div>
      <div className="library-new-row">
        <button
          type="button"
          className="library-new"
          data-testid="library-new"
          onClick={() => void createDocument()}
        >
          + {t('shell.library.new')}
        </button>
        <button
          type="button"
          className="library-profile"
          data-testid="profile"
          aria-haspopup="dialog"
          onClick={() => setProfileOpen(true)}
        >
          {t('shell.library.profile')}
        </button>
      </div>
      <Suspense fallback={null}>
        {profileOpen && <ProfileDialog onClose={() => setProfileOpen(false)} />}
        {applyingTo && (
          <ProfileApplyDialog
            entries={applyingTo}
            onClose={(count) => {
              setApplyingTo(null);
              if (count !== null) {
                setSelected(new Set());
                store.getState().addNotice({ kind: 'profileApplied', count });
              }
            }}
          />
        )}
      </Suspense>
      <Suspense fallback={null}>
        {entries.length > 0 && (
          <LibraryTools
            query={query}
            onQuery={setQuery}
            sort={sort}
            onSort={setSort}
            units={units}
            unit={unit}
            onUnit={setUnit}
          />
        )}
        {chosen.length > 0 && (
          <LibrarySelectionBar
            count={chosen.length}
            allShownSelected={allShownSelected}
            onSelectAll={() =>
              setSelected(allShownSelected ? new Set() : new Set(shown.map((e) => e.id)))
            }
            exporting={bulk.progress !== null}
            onExport={() => void bulk.start(chosen)}
            onDelete={() => {
              void deleteDocuments(chosen.map((e) => e.id));
              setSelected(new Set());
            }}
            onClear={() => setSelected(new Set())}
            onApplyProfile={hasProfile ? () => setApplyingTo(chosen) : null}
          />
        )}
        {bulk.progress && <LibraryExportProgress progress={bulk.progress} onCancel={bulk.cancel} />}
      </Suspense>
      <ul className="library-list">
        {shown.slice(0, drawn).map((entry) => (
          <LibraryItem
            key={entry.id}
            entry={entry}
            open={entry.id === docId}
            selected={selected.has(entry.id)}
            onSelect={(event) => select(entry.id, event)}
          />
        ))}
        {drawn < shown.length && <MoreEntries onVisible={() => setDrawn((n) => n + DRAW_STEP)} />}
      </ul>
      {shown.length === 0 && searched.trim() !== '' && (
        <p className="library-empty" data-testid="library-no-match">
          {t('shell.library.noMatch', { query: searched.trim() })}
        </p>
      )}
      <div className="library-backup">
        <button
          type="button"
          data-testid="library-export-zip"
          disabled={bulk.progress !== null}
          onClick={() => void bulk.start(shown)}
        >
          {t('shell.bulk.exportAll')}
        </button>
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
