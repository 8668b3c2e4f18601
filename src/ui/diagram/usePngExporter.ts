import { useEffect, useRef } from 'react';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SopDocument } from '../../model/types';
import { downloadBlob, fileNameFor } from '../../persistence/download';
import { useEditorStore } from '../../store/useEditor';
import { diagramPng } from './diagramPng';
import { useDiagramUiStore } from './diagramUiStore';
import { registerPngExporter } from './pngExportRegistry';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once `ready()` holds at a frame, or after `ms` (the picture is then of the last layout). */
async function until(ready: () => boolean, ms: number): Promise<void> {
  const give = performance.now() + ms;
  while (!ready() && performance.now() < give) await nextFrame();
}

/** Longest the picture waits for the layout worker to catch up with the last edit. */
const LAYOUT_WAIT_MS = 60_000;

/**
 * Registers this canvas as the PNG exporter. It waits until the canvas shows the open
 * document (the layout worker may still be routing the last edit), then draws the picture
 * from that layout: the selection, handles and in-place editors are never in it.
 */
export function usePngExporter(geometry: DiagramGeometry, shown: SopDocument): void {
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const latest = useRef({ geometry, shown });
  useEffect(() => {
    latest.current = { geometry, shown };
  }, [geometry, shown]);
  useEffect(
    () =>
      registerPngExporter(async () => {
        ui.getState().setExporting(true);
        try {
          await until(() => latest.current.shown === store.getState().doc, LAYOUT_WAIT_MS);
          // The notice shows before the picture is drawn.
          await nextFrame();
          const name = store.getState().doc.identity.name;
          const blob = await diagramPng(latest.current.geometry, name);
          downloadBlob(fileNameFor(name, '.png'), blob);
        } finally {
          ui.getState().setExporting(false);
        }
      }),
    [store, ui],
  );
}
