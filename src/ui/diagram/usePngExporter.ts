import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { renderDiagramPng } from '../../export/pngDiagram';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SopDocument } from '../../model/types';
import { downloadBlob, fileNameFor } from '../../persistence/download';
import { useEditorStore } from '../../store/useEditor';
import { useDiagramUiStore, type DiagramUiStore } from './diagramUiStore';
import { registerPngExporter } from './pngExportRegistry';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves when the table has become one picture (or after `ms`, with the live table then). */
function tableReady(ui: DiagramUiStore, ms = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (ui.getState().tableReady) return resolve();
    const timer = setTimeout(done, ms);
    const unsubscribe = ui.subscribe((s) => s.tableReady && done());
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

/** Resolves once `ready()` holds at a frame, or after `ms` (the picture is then of the last layout). */
async function until(ready: () => boolean, ms: number): Promise<void> {
  const give = performance.now() + ms;
  while (!ready() && performance.now() < give) await nextFrame();
}

/** Longest the picture waits for the layout worker to catch up with the last edit. */
const LAYOUT_WAIT_MS = 60_000;

/**
 * Registers this canvas as the PNG exporter. It first waits until the canvas shows the
 * open document (the layout worker may still be routing the last edit). For the picture every node is rendered (not
 * only the visible ones), the table becomes one image and the selection is hidden; then all
 * is put back.
 */
export function usePngExporter(geometry: DiagramGeometry, shown: SopDocument): void {
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const flow = useReactFlow();
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  useEffect(
    () =>
      registerPngExporter(async () => {
        await until(() => shownRef.current === store.getState().doc, LAYOUT_WAIT_MS);
        const { selection, setSelection } = store.getState();
        setSelection([]);
        ui.getState().setExporting(true);
        try {
          await tableReady(ui);
          await nextFrame();
          await nextFrame();
          const viewport = document.querySelector<HTMLElement>(
            '.diagram-canvas .react-flow__viewport',
          );
          if (!viewport) throw new Error('no diagram');
          const blob = await renderDiagramPng(viewport, flow.getNodesBounds(flow.getNodes()));
          const name = store.getState().doc.identity.name;
          downloadBlob(fileNameFor(name, '.png'), blob);
        } finally {
          ui.getState().setExporting(false);
          setSelection(selection);
        }
      }),
    [store, ui, flow, geometry],
  );
}
