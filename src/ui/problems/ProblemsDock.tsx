import { lazy, Suspense } from 'react';
import { useEditor } from '../../store/useEditor';
import { PROBLEMS_PANEL } from './ProblemsStatus';
import './problems.css';

export const loadOpenDock = () => import('./OpenProblemsDock');
const OpenDock = lazy(() => loadOpenDock().then((m) => ({ default: m.OpenDock })));

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
