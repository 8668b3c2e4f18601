import { useT } from '../../i18n/useT';
import { SHORTCUTS } from './shortcuts';

/** Every keyboard shortcut of the diagram, and the mouse gestures. */
export function ShortcutsPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  return (
    <aside
      className="shortcuts-help"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-help"
    >
      <header>
        <h2 id="shortcuts-title">{t('diagram.help.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{t(s.what)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('diagram.help.mouse')}</p>
    </aside>
  );
}
