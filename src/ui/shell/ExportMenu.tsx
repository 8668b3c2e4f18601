import { useT } from '../../i18n/useT';
import { downloadBlob } from '../../persistence/download';
import { useEditorStore } from '../../store/useEditor';
import { MenuItem } from '../common/MenuItem';
import { useBusyTask } from '../common/useBusyTask';
import { ExportPngButton } from '../diagram/ExportPngButton';
import { ExportProblemsNote } from '../problems/ExportProblemsNote';
import { Menu } from './Menu';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Official sheet as PDF, Excel workbook and Word document (each writer loads on first use); the diagram as PNG. */
export function ExportMenu() {
  const t = useT();
  const store = useEditorStore();
  const onFailed = (reason: string) => store.getState().addNotice({ kind: 'exportFailed', reason });
  const [busy, exportPdf] = useBusyTask(async () => {
    // The writer and the font files (inlined in their own chunk) load on the first PDF export only.
    const [{ exportSopPdf }, { loadBrowserSheetFonts }] = await Promise.all([
      import('../../export/exportSopPdf'),
      import('../../export/pdf/browserFontFiles'),
    ]);
    const pdf = await exportSopPdf(store.getState().doc, loadBrowserSheetFonts);
    downloadBlob(pdf.fileName, new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' }));
    // Every export is a version (Riwayat versi); a changed SOP is offered a revision date.
    await store.getState().exported();
  }, onFailed);
  const [busyXlsx, exportXlsx] = useBusyTask(async () => {
    // The workbook writer and its zip library load on the first Excel export only.
    const { exportSopXlsx } = await import('../../export/exportSopXlsx');
    const xlsx = exportSopXlsx(store.getState().doc);
    downloadBlob(xlsx.fileName, new Blob([xlsx.bytes as BlobPart], { type: XLSX_TYPE }));
    await store.getState().exported();
  }, onFailed);
  const [busyDocx, exportDocx] = useBusyTask(async () => {
    // The Word writer (the docx package) loads on the first Word export only.
    const { exportSopDocx } = await import('../../export/exportSopDocx');
    const docx = await exportSopDocx(store.getState().doc);
    downloadBlob(docx.fileName, new Blob([docx.bytes as BlobPart], { type: DOCX_TYPE }));
    await store.getState().exported();
  }, onFailed);
  return (
    <Menu label={t('shell.menu.export')} testId="menu-export">
      {(close) => (
        <>
          <MenuItem
            testId="export-pdf"
            disabled={busy}
            close={close}
            onSelect={() => void exportPdf()}
          >
            {t('shell.export.pdf')}
          </MenuItem>
          <MenuItem
            testId="export-xlsx"
            disabled={busyXlsx}
            close={close}
            onSelect={() => void exportXlsx()}
          >
            {t('shell.export.xlsx')}
          </MenuItem>
          <MenuItem
            testId="export-docx"
            disabled={busyDocx}
            close={close}
            onSelect={() => void exportDocx()}
          >
            {t('shell.export.docx')}
          </MenuItem>
          <ExportPngButton close={close} onFailed={onFailed} />
          <ExportProblemsNote close={close} />
        </>
      )}
    </Menu>
  );
}
