import { useState, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import type { LibraryEntry } from '../../persistence/library';
import { entryTitle } from '../../model/librarySearch';
import { useEditor } from '../../store/useEditor';
import { useTextLimit } from '../common/textLimit';
import { changedTime } from './changedTime';

interface Props {
  entry: LibraryEntry;
  open: boolean;
  selected: boolean;
  /** A click on the checkbox; with Shift held, the range from the last one clicked. */
  onSelect(event: MouseEvent<HTMLInputElement>): void;
}

/**
 * One SOP in the library: click to open; select for bulk work; duplicate, rename in place,
 * delete (undoable from the toast). An entry with a name of its own shows the SOP's beneath.
 */
export function LibraryItem({ entry, open, selected, onSelect }: Props) {
  const t = useT();
  const openDocument = useEditor((s) => s.openDocument);
  const duplicate = useEditor((s) => s.duplicateDocument);
  const rename = useEditor((s) => s.renameDocument);
  const remove = useEditor((s) => s.deleteDocument);
  const [draft, setDraft] = useState<string | null>(null);
  const limit = useTextLimit(draft ?? '');
  const title = entryTitle(entry);
  const name = title.trim() === '' ? t('shell.library.untitled') : title;
  const details = [entry.number, entry.unit].filter((d) => d.trim() !== '').join(' · ');

  const finishRename = () => {
    if (draft !== null && draft !== title) void rename(entry.id, draft);
    setDraft(null);
  };

  return (
    <li
      className={[
        'library-item',
        open ? 'library-item-open' : '',
        selected ? 'library-item-selected' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-testid="library-item"
      data-id={entry.id}
    >
      <input
        type="checkbox"
        className="library-item-check"
        data-testid="library-select"
        aria-label={t('shell.bulk.selectItem', { name })}
        checked={selected}
        onChange={() => {}}
        onClick={onSelect}
      />
      <div className="library-item-body">
        {draft === null ? (
          <button
            type="button"
            className="library-item-open-button"
            aria-current={open ? 'true' : undefined}
            onClick={() => void openDocument(entry.id)}
          >
            <span className="library-item-name" title={name}>
              {name}
            </span>
            {entry.label !== null && (
              <span className="library-item-official" data-testid="library-item-official">
                {t('shell.library.officialName', {
                  name: entry.name.trim() === '' ? t('shell.library.untitled') : entry.name,
                })}
              </span>
            )}
            {details !== '' && <span className="library-item-details">{details}</span>}
            <span className="library-item-time">
              {t('shell.library.changed', { time: changedTime(entry.updatedAt) })}
            </span>
          </button>
        ) : (
          <>
            <input
              className="library-rename"
              data-testid="library-rename-input"
              aria-label={t('shell.library.renameField')}
              value={draft}
              // Focus follows the user's own click on "Rename".
              autoFocus
              {...limit.fieldProps}
              onChange={(e) => setDraft(e.currentTarget.value)}
              onBlur={finishRename}
              onKeyDown={(e) => {
                limit.fieldProps.onKeyDown(e);
                if (e.key === 'Enter') finishRename();
                if (e.key === 'Escape') setDraft(null);
              }}
            />
            {limit.note}
          </>
        )}
        <div className="library-item-actions">
          <button
            type="button"
            data-testid="library-duplicate"
            onClick={() => void duplicate(entry.id)}
          >
            {t('shell.library.duplicate')}
          </button>
          <button type="button" data-testid="library-rename" onClick={() => setDraft(title)}>
            {t('shell.library.rename')}
          </button>
          <button
            type="button"
            data-testid="library-delete"
            className="danger"
            onClick={() => void remove(entry.id)}
          >
            {t('shell.library.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
