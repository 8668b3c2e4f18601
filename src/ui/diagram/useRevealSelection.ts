import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../../store/useEditor';
import { canvasIdFor } from './selection';
import type { Elements } from './useCanvasElements';

/** Space kept between a revealed node and the canvas's edge (the sticky header is on top). */
const MARGIN = 90;

/**
 * Scrolls the canvas to what gets selected when it is out of view: a finding clicked in the
 * problems panel, a step added or reached with the keyboard. A node that is not drawn yet
 * (the step was just added) is revealed as soon as the canvas draws it.
 */
export function useRevealSelection(base: Elements): void {
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
      const left = nx * zoom + x;
      const top = ny * zoom + y;
      // Partly in view is enough: a click near the edge must not make the canvas jump. Only
      // the direction it is out of view in is scrolled (a row below keeps the columns still).
      const inRows = top + h * zoom > MARGIN && top < el.clientHeight;
      const inColumns = left + w * zoom > 0 && left < el.clientWidth;
      if (inRows && inColumns) return;
      const cx = inColumns ? (el.clientWidth / 2 - x) / zoom : nx + w / 2;
      const cy = inRows ? (el.clientHeight / 2 - y) / zoom : ny + h / 2;
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
  }, [store, flow, base]);
}
