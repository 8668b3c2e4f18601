import { useMemo } from 'react';
import { summarizeDuration } from '../../model/duration';
import { useEditor } from '../../store/useEditor';
import { DurationSummary } from './DurationSummary';
import { ProblemsPanel } from './ProblemsPanel';
import { PROBLEMS_PANEL } from './ProblemsStatus';
import { useFindings } from './useFindings';
import { useSelectFinding } from './useSelectFinding';
import './problems.css';

/** The problems panel and the duration summary, above the status line while the panel is open. */
export function ProblemsDock() {
  const open = useEditor((s) => s.openPanels.includes(PROBLEMS_PANEL));
  if (!open) return null;
  return <OpenDock />;
}

function OpenDock() {
  const findings = useFindings();
  const doc = useEditor((s) => s.doc);
  const lang = useEditor((s) => s.language);
  const first = useEditor((s) => s.selection[0]);
  const onSelect = useSelectFinding();
  const summary = useMemo(() => summarizeDuration(doc), [doc]);
  return (
    <aside className="problems-dock" id="problems-dock">
      <ProblemsPanel findings={findings} lang={lang} onSelect={onSelect} selected={first} />
      <DurationSummary summary={summary} steps={doc.steps} lang={lang} />
    </aside>
  );
}
