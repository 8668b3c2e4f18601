import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import { PastePreview } from '../steps/PastePreview';
import type { useSheetImport } from './useSheetImport';
import { WorkbookImportDialogs } from './WorkbookImportDialogs';

/**
 * What importing a spreadsheet asks and reports: the column roles of a flat table, whether
 * several procedures are one, what could not be read. Its own chunk: shown only on an import.
 */
export function SheetImportDialogs({ sheet }: { sheet: ReturnType<typeof useSheetImport> }) {
  const t = useT();
  const labels = useEditor((s) => s.doc.sheet.labels);
  return (
    <>
      {sheet.pending && (
        <div className="modal-backdrop">
          <div className="modal" data-testid="sheet-import">
            <h2 className="modal-title">
              {t('shell.sheet.title', { file: sheet.pending.fileName })}
            </h2>
            <PastePreview
              preview={sheet.pending}
              labels={labels}
              onApply={(roles) => void sheet.apply(roles)}
              onCancel={sheet.cancel}
              intro={t('shell.sheet.intro', { count: String(sheet.pending.rows.length) })}
              applyLabel={t('shell.sheet.apply')}
            />
          </div>
        </div>
      )}
      <WorkbookImportDialogs
        question={sheet.question}
        onAnswer={(join) => void sheet.answer(join)}
        onDismiss={sheet.dismissQuestion}
        report={sheet.report}
        onCloseReport={sheet.closeReport}
      />
    </>
  );
}
