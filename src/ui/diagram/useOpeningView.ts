import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SopDocument } from '../../model/types';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { initialViewport } from './diagramViewport';

/**
 * Another SOP opened (from the library, or because the open one was deleted) starts at its
 * opening view, not at wherever the previous one was scrolled to; the first save of an unsaved
 * SOP (which gives it an id) is not another SOP. The view is set once the new SOP's own layout
 * is drawn, so the opening view is computed from its table.
 */
export function useOpeningView(geometry: DiagramGeometry, shown: SopDocument): void {
  const flow = useReactFlow();
  const store = useEditorStore();
  const docId = useEditor((s) => s.docId);
  const previous = useRef(docId);
  const pending = useRef(false);
  useEffect(() => {
    if (previous.current !== null && previous.current !== docId) pending.current = true;
    previous.current = docId;
  }, [docId]);
  useEffect(() => {
    if (!pending.current || shown !== store.getState().doc) return;
    pending.current = false;
    const el = document.querySelector('.diagram-canvas');
    void flow.setViewport(initialViewport(geometry, el?.clientWidth ?? 1200));
  }, [flow, store, geometry, shown, docId]);
}
