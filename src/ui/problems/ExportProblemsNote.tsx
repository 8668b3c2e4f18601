import { translate } from '../../i18n/dictionary';
import { useEditor } from '../../store/useEditor';
import { useFindings } from './useFindings';

/** In the export menu: how many problems remain. It informs; export is never blocked. */
export function ExportProblemsNote() {
  const count = useFindings().length;
  const lang = useEditor((s) => s.language);
  if (count === 0) return null;
  return (
    <p className="export-problems-note" role="note" data-testid="export-problems-note">
      {translate(lang, 'problems.exportNote', { count })}
    </p>
  );
}
