import { useState } from 'react';
import { useT } from '../../i18n/useT';
import type { LibraryEntry } from '../../persistence/library';
import { useEditor } from '../../store/useEditor';
import { useTextLimit } from '../common/textLimit';
import { changedTime } from './changedTime';

/** One SOP in the library: click to open; duplicate, rename in place, delete (undoable from the toast). */
export function LibraryItem({ entry, open }: { entry: LibraryEntry; open: boolean }) {
  const t = useT();
  const openDocument = useEditor((s) => s.openDocument);
  const duplicate = useEditor((s) => s.duplicateDocument);
  const rename = useEditor((s) => s.renameDocument);
  const remove = useEditor((s) => s.deleteDocument);
  const [draft, setDraft] = useState<string | null>(null);
  const limit = useTextLimit(draft ?? '');
  const name = entry.name.trim() === '' ? t('shell.library.untitled') : entry.name;

  const finishRename = () => {
    if (draft !== null && draft !== entry.name) rename(entry.id, draft);
    setDraft(null);
  };

  return (
    <li
      className={open ? 'library-item library-item-open' : 'library-item'}
      data-testid="library-item"
      data-id={entry.id}
    >
      {draft === null ? (
        <button
          type="button"
          className="library-item-open-button"
          aria-current={open ? 'true' : undefined}
          onClick={() => openDocument(entry.id)}
        >
          <span className="library-item-name">{name}</span>
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
        <button type="button" data-testid="library-duplicate" onClick={() => duplicate(entry.id)}>
          {t('shell.library.duplicate')}
        </button>
        <button type="button" data-testid="library-rename" onClick={() => setDraft(entry.name)}>
          {t('shell.library.rename')}
        </button>
        <button
          type="button"
          data-testid="library-delete"
          className="danger"
          onClick={() => remove(entry.id)}
        >
          {t('shell.library.delete')}
        </button>
      </div>
    </li>
  );
}
