import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { hasUnstoredWork } from '../../store/editorTypes';
import { useEditorStore } from '../../store/useEditor';
import { applyAppUpdate } from './appUpdate';

/** "A new version is ready": reloads only when the user says so, and only once the work is stored. */
export function UpdateBanner() {
  const t = useT();
  const store = useEditorStore();
  const [later, setLater] = useState(false);
  const [blocked, setBlocked] = useState(false);
  if (later) return null;
  const reload = async () => {
    await store.getState().flushSave();
    if (hasUnstoredWork(store.getState())) {
      setBlocked(true);
      return;
    }
    await applyAppUpdate();
  };
  return (
    <div className="banner banner-info" role="status" data-testid="app-update">
      <p>{t(blocked ? 'shell.update.blocked' : 'shell.update.ready')}</p>
      <button
        type="button"
        className="banner-action"
        data-testid="app-update-reload"
        onClick={() => void reload()}
      >
        {t('shell.update.reload')}
      </button>
      <button
        type="button"
        className="banner-action"
        data-testid="app-update-later"
        onClick={() => setLater(true)}
      >
        {t('shell.update.later')}
      </button>
    </div>
  );
}
