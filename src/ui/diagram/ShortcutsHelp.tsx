import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useDiagramUi, useDiagramUiStore } from './diagramUiStore';
import { SHORTCUTS } from './shortcuts';

/** How long the word on a missed arrow stays: long enough to read, gone before the next try. */
const MISSED_SHOWN_MS = 3500;

/**
 * The help panel ("?"): every keyboard shortcut of the diagram, and the mouse gestures; and
 * the canvas's short status messages (connect to step N, an arrow that was not made, PNG in the making).
 */
export function ShortcutsHelp() {
  const t = useT();
  const open = useDiagramUi((s) => s.helpOpen);
  const ui = useDiagramUiStore();
  const connectTo = useDiagramUi((s) => s.connectTo);
  const exporting = useDiagramUi((s) => s.exporting);
  const missed = useDiagramUi((s) => s.missed);
  useEffect(() => {
    if (!missed) return;
    const timer = setTimeout(() => ui.getState().setMissed(null), MISSED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [missed, ui]);
  return (
    <>
      {missed && (
        <div className="connect-prompt" role="status" data-testid="connect-missed">
          {t(missed.key)}
        </div>
      )}
      {exporting && (
        <div className="connect-prompt" role="status" data-testid="png-busy">
          {t('diagram.png.busy')}
        </div>
      )}
      {connectTo !== null && (
        <div className="connect-prompt" role="status" data-testid="connect-prompt">
          {t('diagram.connectPrompt', { digits: connectTo })}
        </div>
      )}
      {open && (
        <aside
          className="shortcuts-help"
          aria-labelledby="shortcuts-title"
          data-testid="shortcuts-help"
        >
          <header>
            <h2 id="shortcuts-title">{t('diagram.help.title')}</h2>
            <button type="button" onClick={() => ui.getState().setHelpOpen(false)}>
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
      )}
    </>
  );
}
