import { useT } from '../../i18n/useT';
import { VIEWS, type View } from '../../store/editorTypes';
import { useEditor } from '../../store/useEditor';

const LABEL = {
  diagram: 'shell.view.diagram',
  steps: 'shell.view.steps',
  identity: 'shell.view.identity',
  sheet: 'shell.view.sheet',
} as const satisfies Record<View, string>;

/** Tabs switching the main view. */
export function ViewSwitch() {
  const t = useT();
  const view = useEditor((s) => s.view);
  const setView = useEditor((s) => s.setView);
  return (
    <nav className="view-switch" role="tablist" aria-label={t('shell.view.label')}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={view === v}
          className="view-tab"
          data-testid={`view-${v}`}
          onClick={() => setView(v)}
        >
          {t(LABEL[v])}
        </button>
      ))}
    </nav>
  );
}
