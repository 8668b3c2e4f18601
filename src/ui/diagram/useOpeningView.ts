import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SopDocument } from '../../model/types';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { initialViewport, type Viewport } from './diagramViewport';

const same = (a: Viewport, b: Viewport): boolean =>
  Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;

const laneCount = (g: DiagramGeometry): number =>
  g.page.columns.filter((c) => c.kind === 'actor').length;

function canvasWidth(): number {
  return document.querySelector('.diagram-canvas')?.clientWidth ?? 1200;
}

/**
 * The canvas's opening view (see initialViewport), kept while the user has not moved it:
 * - another SOP opened (from the library, or because the open one was deleted) starts at its
 *   own opening view, not wherever the previous one was scrolled to; the first save of an
 *   unsaved SOP (which gives it an id) is not another SOP. It is set once the new SOP's own
 *   layout is drawn.
 * - a view nobody has panned or zoomed follows the table when a lane is added or removed, so
 *   a new lane is not drawn off the edge of the canvas. Nothing else moves it (a column that
 *   widens as its text is typed does not): the view never shifts under the user's pointer.
 * Returns the canvas's onInit, which sets the first opening view.
 */
export function useOpeningView(geometry: DiagramGeometry, shown: SopDocument) {
  const flow = useReactFlow();
  const store = useEditorStore();
  const docId = useEditor((s) => s.docId);
  const previous = useRef(docId);
  const pending = useRef(false);
  // The view this hook last set; the user's own pan or zoom makes the current one differ.
  const opened = useRef<Viewport | null>(null);
  const lanes = useRef(laneCount(geometry));
  const latest = useRef(geometry);
  useEffect(() => {
    latest.current = geometry;
  }, [geometry]);

  const open = useCallback(
    (g: DiagramGeometry) => {
      const view = initialViewport(g, canvasWidth());
      opened.current = view;
      void flow.setViewport(view);
    },
    [flow],
  );

  useEffect(() => {
    if (previous.current !== null && previous.current !== docId) pending.current = true;
    previous.current = docId;
  }, [docId]);

  useEffect(() => {
    if (pending.current) {
      if (shown !== store.getState().doc) return;
      pending.current = false;
      lanes.current = laneCount(geometry);
      open(geometry);
      return;
    }
    const count = laneCount(geometry);
    if (count === lanes.current) return;
    lanes.current = count;
    const set = opened.current;
    if (set && same(flow.getViewport(), set)) open(geometry);
  }, [flow, store, geometry, shown, docId, open]);

  return useCallback(() => open(latest.current), [open]);
}
