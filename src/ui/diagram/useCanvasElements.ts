import { useMemo } from 'react';
import type { XYPosition } from '@xyflow/react';
import type { SelectionItem } from '../../store/editorTypes';
import { canvasIdFor } from './selection';
import type { DiagramNode, RouteEdge } from './toFlowElements';

export interface Elements {
  nodes: DiagramNode[];
  edges: RouteEdge[];
}

/** Where dragged nodes are right now; only valid against the elements it was made from. */
export interface DragState {
  base: Elements;
  positions: ReadonlyMap<string, XYPosition>;
}

/**
 * The elements React Flow is given: the derived ones, with the session's selection and the
 * positions of a drag in progress laid over them. Untouched nodes keep their identity, so
 * React Flow re-renders only what changed (a drag frame costs one node, not hundreds).
 */
export function useCanvasElements(
  base: Elements,
  selection: readonly SelectionItem[],
  drag: DragState | null,
): Elements {
  const selectedIds = useMemo(() => {
    const ids = new Set<string>();
    for (const item of selection) {
      const id = canvasIdFor(item);
      if (id !== null) ids.add(id);
    }
    return ids;
  }, [selection]);

  const selectedNodes = useMemo(
    () => base.nodes.map((n) => (selectedIds.has(n.id) ? { ...n, selected: true } : n)),
    [base.nodes, selectedIds],
  );

  // A drag made against older elements is stale: the drop has been committed and redrawn.
  const positions = drag && drag.base === base ? drag.positions : null;
  const nodes = useMemo(
    () =>
      positions === null || positions.size === 0
        ? selectedNodes
        : selectedNodes.map((n) => {
            const position = positions.get(n.id);
            return position ? { ...n, position, dragging: true } : n;
          }),
    [selectedNodes, positions],
  );

  const edges = useMemo(
    () => base.edges.map((e) => (selectedIds.has(e.id) ? { ...e, selected: true } : e)),
    [base.edges, selectedIds],
  );
  return { nodes: nodes as DiagramNode[], edges };
}
