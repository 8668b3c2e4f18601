import { useCallback, useEffect, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SymbolShape } from '../../model/types';
import { useEditorStore } from '../../store/useEditor';
import { toSheet } from './diagramScale';
import { dropPaletteSymbol } from './dropCommands';

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
  const flow = useReactFlow();
  const [drag, setDrag] = useState<PaletteDrag | null>(null);
  const dragging = drag !== null;
  const shape = drag?.shape;

  useEffect(() => {
    if (!dragging || shape === undefined) return undefined;
    const onMove = (e: PointerEvent) => setDrag({ shape, x: e.clientX, y: e.clientY });
    const onUp = (e: PointerEvent) => {
      setDrag(null);
      const canvas = document.querySelector('.diagram-canvas .react-flow__pane');
      const over = document.elementFromPoint(e.clientX, e.clientY);
      if (!canvas || !over || !canvas.parentElement?.contains(over)) return;
      const at = toSheet(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      const { doc, apply, setSelection } = store.getState();
      const result = dropPaletteSymbol(doc, geometry, shape, at);
      if (!result) return;
      apply(() => result.doc);
      if (result.select) setSelection([result.select]);
    };
    const onCancel = () => setDrag(null);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
  }, [dragging, shape, flow, geometry, store]);

  const start = useCallback((shape: SymbolShape, e: React.PointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    setDrag({ shape, x: e.clientX, y: e.clientY });
  }, []);

  return { drag, start };
}
