import { useT } from '../../i18n/useT';
import { useEditorStore } from '../../store/useEditor';
import { MenuItem } from '../common/MenuItem';
import { useBusyTask } from '../common/useBusyTask';
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
  const [busy, run] = useBusyTask(
    () => exportDiagramPng(() => store.getState().setView('diagram')),
    onFailed,
  );
  return (
    <MenuItem
      testId="export-png"
      disabled={busy}
      title={busy ? t('diagram.png.busy') : undefined}
      close={close}
      onSelect={() => void run()}
    >
      {t('shell.export.png')}
    </MenuItem>
  );
}
