import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useEditorStore } from '../../store/useEditor';
import { exportDiagramPng } from './pngExportRegistry';

/**
 * The Export menu's PNG item: the whole diagram, taken from the canvas (switching to the
 * diagram view first when another view is shown). `onFailed` reports why it could not be made.
 */
export function ExportPngButton({
  close,
  onFailed,
}: {
  close(): void;
  onFailed(reason: string): void;
}) {
  const t = useT();
  const store = useEditorStore();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await exportDiagramPng(() => store.getState().setView('diagram'));
    } catch (error) {
      onFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      role="menuitem"
      data-testid="export-png"
      disabled={busy}
      title={busy ? t('diagram.png.busy') : undefined}
      onClick={() => {
        close();
        void run();
      }}
    >
      {t('shell.export.png')}
    </button>
  );
}
