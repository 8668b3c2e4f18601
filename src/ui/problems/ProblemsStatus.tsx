import { useEditor } from '../../store/useEditor';
import { ProblemsCount } from './ProblemsCount';
import { useFindings } from './useFindings';

export const PROBLEMS_PANEL = 'problems';

/** The status line's problem count; it opens and closes the problems panel. */
export function ProblemsStatus() {
  const findings = useFindings();
  const lang = useEditor((s) => s.language);
  const open = useEditor((s) => s.openPanels.includes(PROBLEMS_PANEL));
  const togglePanel = useEditor((s) => s.togglePanel);
  return (
    <ProblemsCount
      findings={findings}
      lang={lang}
      open={open}
      onToggle={() => togglePanel(PROBLEMS_PANEL)}
    />
  );
}
