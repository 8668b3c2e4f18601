import { useCallback, useEffect, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SymbolShape } from '../../model/types';
import { useEditorStore } from '../../store/useEditor';
import { toSheet } from './diagramScale';
import { cellAt } from './cellAt';
import { useDiagramUiStore } from './diagramUiStore';
import { dropPaletteSymbol, tableOf } from './dropCommands';
import { cellRect } from './dropHint';

/** Whether the pointer is over the diagram's pane (not the toolbar, inspector or a header). */
function overCanvas(e: PointerEvent): boolean {
  const over = document.elementFromPoint(e.clientX, e.clientY);
  return !!over?.closest('.diagram-canvas .react-flow');
}

export interface PaletteDrag {
  shape: SymbolShape;
  x: number;
  y: number;
}

/**
 * Dragging a shape from the palette with the pointer (not HTML drag-and-drop, whose ghost
 * and events differ between browsers): a ghost follows the pointer; letting go over the
 * canvas drops the symbol into the cell underneath, or as a new step below the last row.
 */
export function usePaletteDrag(geometry: DiagramGeometry) {
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const flow = useReactFlow();
  const [drag, setDrag] = useState<PaletteDrag | null>(null);
  const dragging = drag !== null;
  const shape = drag?.shape;

  useEffect(() => {
    if (!dragging || shape === undefined) return undefined;
    const sheetPoint = (e: PointerEvent) =>
      toSheet(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    const { setDropHint } = ui.getState();
    const onMove = (e: PointerEvent) => {
      setDrag({ shape, x: e.clientX, y: e.clientY });
      const over = overCanvas(e) ? cellAt(tableOf(geometry), sheetPoint(e)) : null;
      setDropHint(over ? cellRect(geometry, over) : null);
    };
    const onUp = (e: PointerEvent) => {
      setDrag(null);
      setDropHint(null);
      if (!overCanvas(e)) return;
      const at = sheetPoint(e);
      const { doc, apply, setSelection } = store.getState();
      const result = dropPaletteSymbol(doc, geometry, shape, at);
      if (!result) return;
      apply(() => result.doc);
      if (result.select) setSelection([result.select]);
    };
    const onCancel = () => {
      setDrag(null);
      setDropHint(null);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
  }, [dragging, shape, flow, geometry, store, ui]);

  const start = useCallback((shape: SymbolShape, e: React.PointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    setDrag({ shape, x: e.clientX, y: e.clientY });
  }, []);

  return { drag, start };
}
