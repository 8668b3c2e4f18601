import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../../store/useEditor';
import type { DiagramGeometry } from '../../layout/diagram';
import { PX_PER_PT } from './diagramScale';
import { revealDirections } from './revealDirections';
import { canvasIdFor } from './selection';
import type { Elements } from './useCanvasElements';

/**
 * Scrolls the canvas to what gets selected when it is out of view: a finding clicked in the
 * problems panel, a step added or reached with the keyboard. A node that is not drawn yet
 * (the step was just added) is revealed as soon as the canvas draws it.
 */
export function useRevealSelection(base: Elements, geometry: DiagramGeometry): void {
  const store = useEditorStore();
  const flow = useReactFlow();
  const pending = useRef<string | null>(null);

  useEffect(() => {
    const tryReveal = () => {
      const id = pending.current;
      if (id === null) return;
      const edge = flow.getEdge(id);
      const node = flow.getInternalNode(edge ? edge.source : id);
      const el = document.querySelector('.diagram-canvas');
      if (!node || !el) return;
      pending.current = null;
      const { x, y, zoom } = flow.getViewport();
      const { x: nx, y: ny } = node.internals.positionAbsolute;
      const w = node.measured.width ?? node.width ?? 0;
      const h = node.measured.height ?? node.height ?? 0;
      // The lane header lies over the canvas: in place above row 1, or pinned at the top.
      const headerTop = Math.max(0, y + geometry.headerTop * PX_PER_PT * zoom);
      const coveredTop =
        headerTop + (geometry.headerBottom - geometry.headerTop) * PX_PER_PT * zoom;
      const out = revealDirections(
        { left: nx * zoom + x, top: ny * zoom + y, width: w * zoom, height: h * zoom },
        { width: el.clientWidth, height: el.clientHeight, coveredTop },
      );
      if (!out) return;
      const cx = out.columns ? nx + w / 2 : (el.clientWidth / 2 - x) / zoom;
      const cy = out.rows ? ny + h / 2 : (el.clientHeight / 2 - y) / zoom;
      void flow.setCenter(cx, cy, { zoom });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection === previous.selection) return;
      const first = state.selection[0];
      pending.current = first ? canvasIdFor(first) : null;
      tryReveal();
    });
    tryReveal();
    return unsubscribe;
  }, [store, flow, base, geometry]);
}
