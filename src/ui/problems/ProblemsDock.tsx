import { Suspense } from 'react';
import { preloadable } from '../common/preloadable';
import { useEditor } from '../../store/useEditor';
import { PROBLEMS_PANEL } from './ProblemsStatus';
import './problems.css';

/** The open panel's chunk (fetched with the other views after the first screen). */
export const openDock = preloadable(() => import('./OpenProblemsDock').then((m) => m.OpenDock));
const OpenDock = openDock.View;

/** The problems panel and the duration summary, above the status line while the panel is open. */
export function ProblemsDock() {
  const open = useEditor((s) => s.openPanels.includes(PROBLEMS_PANEL));
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <OpenDock />
    </Suspense>
  );
}
