import { useT } from '../../i18n/useT';
import { downloadBlob } from '../../persistence/download';
import { useEditorStore } from '../../store/useEditor';
import { MenuItem } from '../common/MenuItem';
import { useBusyTask } from '../common/useBusyTask';
import { ExportPngButton } from '../diagram/ExportPngButton';
import { ExportProblemsNote } from '../problems/ExportProblemsNote';
import { Menu } from './Menu';

/** Official sheet as PDF (the export code and jsPDF load on first use); the diagram as PNG. */
export function ExportMenu() {
  const t = useT();
  const store = useEditorStore();
  const onFailed = (reason: string) => store.getState().addNotice({ kind: 'exportFailed', reason });
  const [busy, exportPdf] = useBusyTask(async () => {
    const { exportSopPdf } = await import('../../export/exportSopPdf');
    const pdf = await exportSopPdf(store.getState().doc);
    downloadBlob(pdf.fileName, new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' }));
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
          <ExportPngButton close={close} onFailed={onFailed} />
          <ExportProblemsNote />
        </>
      )}
    </Menu>
  );
}
