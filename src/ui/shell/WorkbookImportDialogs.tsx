import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/dictionary';
import type { ImportReport, SheetsQuestion } from './useSheetImport';

interface Props {
  question: SheetsQuestion | null;
  onAnswer(join: boolean): void;
  onDismiss(): void;
  report: ImportReport | null;
  onCloseReport(): void;
}

/** The question a workbook of several flowchart sheets asks, and the report of what an import left out. */
export function WorkbookImportDialogs({
  question,
  onAnswer,
  onDismiss,
  report,
  onCloseReport,
}: Props) {
  const t = useT();
  if (question) {
    const count = String(question.procedures.length);
    return (
      <div className="modal-backdrop">
        <div className="modal" role="dialog" aria-modal="true" data-testid="import-sheets-ask">
          <h2 className="modal-title">
            {t('shell.sheets.title', { file: question.fileName, count })}
          </h2>
          <p>{t('shell.sheets.intro')}</p>
          <ul>
            {question.procedures.map((p) => (
              <li key={p.sheet}>
                {t('shell.sheets.item', { sheet: p.sheet, steps: String(p.doc.steps.length) })}
              </li>
            ))}
          </ul>
          <div className="paste-preview-actions">
            <button
              type="button"
              className="steps-button"
              data-testid="import-sheets-join"
              onClick={() => onAnswer(true)}
            >
              {t('shell.sheets.join')}
            </button>
            <button
              type="button"
              className="steps-button"
              data-testid="import-sheets-separate"
              onClick={() => onAnswer(false)}
            >
              {t('shell.sheets.separate', { count })}
            </button>
            <button
              type="button"
              className="steps-button"
              data-testid="import-sheets-cancel"
              onClick={onDismiss}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (!report) return null;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" data-testid="import-report">
        <h2 className="modal-title">{t('shell.importReport.title', { file: report.fileName })}</h2>
        <p>{t('shell.importReport.intro')}</p>
        <ul className="import-report-list">
          {report.problems.map((p, i) => (
            <li key={i} data-testid="import-problem" data-code={p.code}>
              {t(`import.problem.${p.code}` satisfies MessageKey, { cell: p.cell, name: p.name })}
            </li>
          ))}
        </ul>
        <div className="paste-preview-actions">
          <button
            type="button"
            className="steps-button"
            data-testid="import-report-close"
            onClick={onCloseReport}
          >
            {t('shell.importReport.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
