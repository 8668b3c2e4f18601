import { useMemo } from 'react';
import { summarizeDuration } from '../../model/duration';
import { useEditor } from '../../store/useEditor';
import { DurationSummary } from './DurationSummary';
import { ProblemsPanel } from './ProblemsPanel';
import { useFindings } from './useFindings';
import { useSelectFinding } from './useSelectFinding';
import { addStrings } from '../../i18n/dictionary';
import { problemMessages } from '../../i18n/strings/problemMessages';

// The messages come with the parts that show them.
addStrings(problemMessages);

/** The open problems panel with the duration summary (its own chunk: the first screen has it closed). */
export function OpenDock() {
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
