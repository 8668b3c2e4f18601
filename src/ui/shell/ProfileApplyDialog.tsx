import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { Modal } from '../common/Modal';
import { profileChanges, type ProfileField } from '../../model/profile';
import type { LibraryEntry } from '../../persistence/library';
import { entryTitle } from '../../model/librarySearch';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { FIELD_LABEL } from './ProfileDialog';

interface Preview {
  entry: LibraryEntry;
  changes: ProfileField[];
}

/** Applying the office profile to selected SOPs: first what would change in each, then the change. */
export function ProfileApplyDialog({
  entries,
  onClose,
}: {
  entries: readonly LibraryEntry[];
  onClose(applied: number | null): void;
}) {
  const t = useT();
  const store = useEditorStore();
  const profile = useEditor((s) => s.profile);
  const [preview, setPreview] = useState<Preview[] | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      const rows: Preview[] = [];
      for (const entry of entries) {
        const filed = await store.getState().filedDocument(entry.id);
        rows.push({ entry, changes: filed && profile ? profileChanges(filed.doc, profile) : [] });
      }
      if (live) setPreview(rows);
    })();
    return () => {
      live = false;
    };
  }, [entries, profile, store]);
  const changing = preview?.filter((p) => p.changes.length > 0) ?? [];
  const apply = async () => {
    setBusy(true);
    const count = await store.getState().applyProfileTo(changing.map((p) => p.entry.id));
    onClose(count);
  };
  return (
    <Modal
      titleId="profile-apply-title"
      title={t('profile.applyTitle', { count: String(entries.length) })}
      testId="profile-apply-dialog"
      onEscape={() => onClose(null)}
    >
      <p>{t('profile.applyIntro')}</p>
      {preview === null ? (
        <p>{t('profile.loading')}</p>
      ) : (
        <ul className="profile-preview" data-testid="profile-preview">
          {preview.map(({ entry, changes }) => (
            <li key={entry.id} data-id={entry.id}>
              <strong>{entryTitle(entry)}</strong>:{' '}
              {changes.length === 0
                ? t('profile.applyNothing')
                : changes.map((f) => t(FIELD_LABEL[f])).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <div className="paste-preview-actions">
        <button
          type="button"
          className="steps-button"
          data-testid="profile-apply-confirm"
          disabled={busy || changing.length === 0}
          onClick={() => void apply()}
        >
          {t('profile.applyConfirm', { count: String(changing.length) })}
        </button>
        <button
          type="button"
          className="steps-button"
          data-testid="profile-apply-cancel"
          onClick={() => onClose(null)}
        >
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
