import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { renderDiagramPng } from '../../export/pngDiagram';
import type { DiagramGeometry } from '../../layout/diagram';
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

/**
 * Registers this canvas as the PNG exporter. For the picture every node is rendered (not
 * only the visible ones), the table becomes one image and the selection is hidden; then all
 * is put back.
 */
export function usePngExporter(geometry: DiagramGeometry): void {
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const flow = useReactFlow();
  useEffect(
    () =>
      registerPngExporter(async () => {
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
