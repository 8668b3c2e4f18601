import { Suspense, useEffect } from 'react';
import { addStrings } from '../../i18n/dictionary';
import { preloadable } from '../common/preloadable';
import { useT } from '../../i18n/useT';
import { useDiagramUi, useDiagramUiStore } from './diagramUiStore';

/** The panel and its words load when it is first opened. */
const panel = preloadable(() =>
  Promise.all([import('./ShortcutsPanel'), import('../../i18n/strings/help')]).then(
    ([module, strings]) => {
      addStrings(strings.helpStrings);
      return module.ShortcutsPanel;
    },
  ),
);
const ShortcutsPanel = panel.View;

/** Fetches the panel ahead, after the first screen. */
export const preloadShortcutsPanel = () => panel.preload();

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
        <Suspense fallback={null}>
          <ShortcutsPanel onClose={() => ui.getState().setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
