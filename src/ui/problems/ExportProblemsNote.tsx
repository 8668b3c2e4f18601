import { translate } from '../../i18n/dictionary';
import { useEditor } from '../../store/useEditor';
import { PROBLEMS_PANEL } from './ProblemsStatus';
import { useFindings } from './useFindings';

/**
 * In the export menu: how many errors (and warnings) remain, and a way to see them. It
 * informs; export is never blocked — the export items above it export anyway.
 */
export function ExportProblemsNote({ close }: { close?: () => void }) {
  const findings = useFindings();
  const lang = useEditor((s) => s.language);
  const open = useEditor((s) => s.openPanels.includes(PROBLEMS_PANEL));
  const togglePanel = useEditor((s) => s.togglePanel);
  if (findings.length === 0) return null;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const text =
    errors > 0
      ? translate(lang, 'problems.exportNoteErrors', { errors, warnings })
      : translate(lang, 'problems.exportNoteWarnings', { warnings });
  return (
    // Inside the export menu: a group of the menu, its text and one more item.
    <div
      className="export-problems-note"
      role="group"
      aria-label={text}
      data-testid="export-problems-note"
      data-errors={errors}
    >
      <p role="none">{text}</p>
      <button
        type="button"
        role="menuitem"
        className="export-problems-show"
        data-testid="export-problems-show"
        onClick={() => {
          if (!open) togglePanel(PROBLEMS_PANEL);
          close?.();
        }}
      >
        {translate(lang, 'problems.exportShow')}
      </button>
    </div>
  );
}
