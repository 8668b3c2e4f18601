import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { downloadBlob } from '../../persistence/download';
import { useEditorStore } from '../../store/useEditor';
import { ExportPngButton } from '../diagram/ExportPngButton';
import { ExportProblemsNote } from '../problems/ExportProblemsNote';
import { Menu } from './Menu';

/** Official sheet as PDF (the export code and jsPDF load on first use); the diagram as PNG. */
export function ExportMenu() {
  const t = useT();
  const store = useEditorStore();
  const [busy, setBusy] = useState(false);
  const exportPdf = async () => {
    setBusy(true);
    try {
      const { exportSopPdf } = await import('../../export/exportSopPdf');
      const pdf = await exportSopPdf(store.getState().doc);
      downloadBlob(pdf.fileName, new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.getState().addNotice({ kind: 'exportFailed', reason });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu label={t('shell.menu.export')} testId="menu-export">
      {(close) => (
        <>
          <button
            type="button"
            role="menuitem"
            data-testid="export-pdf"
            disabled={busy}
            onClick={() => {
              close();
              void exportPdf();
            }}
          >
            {t('shell.export.pdf')}
          </button>
          <ExportPngButton
            close={close}
            onFailed={(reason) => store.getState().addNotice({ kind: 'exportFailed', reason })}
          />
          <ExportProblemsNote />
        </>
      )}
    </Menu>
  );
}
