import { useCallback, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import type {
  Connection,
  EdgeChange,
  IsValidConnection,
  NodeChange,
  OnConnectEnd,
  OnConnectStart,
  OnNodeDrag,
  XYPosition,
} from '@xyflow/react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import { canConnect, connect } from '../../model/commands';
import { useEditorStore } from '../../store/useEditor';
import { toSheet } from './diagramScale';
import { useDiagramUiStore } from './diagramUiStore';
import { cellAt, rowDropIndex } from './cellAt';
import { dropRow, dropSymbols, tableOf } from './dropCommands';
import { missedConnection } from './missedConnection';
import { cellRect, rowInsertRect } from './dropHint';
import { applySelectChanges, itemForNode } from './selection';
import type { DiagramNode, RouteEdge } from './toFlowElements';
import type { DragState, Elements } from './useCanvasElements';

const centre = (n: DiagramNode, p: XYPosition): XYPosition =>
  toSheet({ x: p.x + (n.width ?? 0) / 2, y: p.y + (n.height ?? 0) / 2 });

/**
 * React Flow's events turned into editor actions: selection goes to the session state, a
 * drag only moves overlay positions until the drop, which is committed as one command.
 */
export function useCanvasHandlers(
  geometry: DiagramGeometry,
  base: Elements,
  setDrag: Dispatch<SetStateAction<DragState | null>>,
) {
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const flow = useReactFlow();
  const nodeById = useMemo(() => new Map(base.nodes.map((n) => [n.id, n])), [base.nodes]);

  const onNodesChange = useCallback(
    (changes: NodeChange<DiagramNode>[]) => {
      const selects = changes.flatMap((c) =>
        c.type === 'select' ? [{ item: itemForNode(c.id), selected: c.selected }] : [],
      );
      if (selects.length > 0) {
        const { selection, setSelection } = store.getState();
        setSelection(applySelectChanges(selection, selects));
      }
      const moves = changes.flatMap((c) =>
        c.type === 'position' && c.position && c.dragging ? [c] : [],
      );
      if (moves.length === 0) return;
      setDrag((drag) => {
        const positions = new Map(drag?.base === base ? drag.positions : []);
        for (const move of moves) {
          const node = nodeById.get(move.id);
          if (!node || !move.position) continue;
          // Rows only slide up and down: their column is fixed.
          const position =
            node.type === 'row' ? { x: node.position.x, y: move.position.y } : move.position;
          positions.set(move.id, position);
        }
        return { base, positions };
      });
    },
    [store, base, nodeById, setDrag],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<RouteEdge>[]) => {
      const selects = changes.flatMap((c) =>
        c.type === 'select'
          ? [{ item: { kind: 'flow' as const, id: c.id }, selected: c.selected }]
          : [],
      );
      if (selects.length === 0) return;
      const { selection, setSelection } = store.getState();
      setSelection(applySelectChanges(selection, selects));
    },
    [store],
  );

  const pointerOf = useCallback(
    (event: MouseEvent | TouchEvent) => {
      const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
      const screen = touch ?? (event as MouseEvent);
      return toSheet(flow.screenToFlowPosition({ x: screen.clientX, y: screen.clientY }));
    },
    [flow],
  );

  const onNodeDrag: OnNodeDrag<DiagramNode> = useCallback(
    (event, node) => {
      const pointer = pointerOf(event);
      const { setDropHint } = ui.getState();
      if (node.type === 'row') {
        const index = rowDropIndex(geometry.page.rows, node.data.stepId, pointer.y);
        setDropHint(rowInsertRect(geometry, node.data.stepId, index));
        return;
      }
      const hit = cellAt(tableOf(geometry), pointer);
      setDropHint(hit ? cellRect(geometry, hit) : null);
    },
    [ui, geometry, pointerOf],
  );

  const onNodeDragStop: OnNodeDrag<DiagramNode> = useCallback(
    (event, node, dragged) => {
      const { doc, apply } = store.getState();
      ui.getState().setDropHint(null);
      // The grabbed node lands where the pointer is (what the user aims with); others keep
      // their offset from it and land where their centres are.
      const pointer = pointerOf(event);
      let next = doc;
      if (node.type === 'row') {
        next = dropRow(doc, geometry, node.data.stepId, pointer.y);
      } else {
        const symbols = dragged.filter((n) => n.type === 'symbol');
        next = dropSymbols(
          doc,
          geometry,
          symbols.map((n) => ({
            symbolId: n.id,
            at: n.id === node.id ? pointer : centre(n, n.position),
          })),
        );
      }
      if (next === doc) setDrag(null);
      else apply(() => next);
    },
    [store, ui, geometry, setDrag, pointerOf],
  );

  const isValidConnection: IsValidConnection = useCallback(
    (c) => c.source !== c.target && canConnect(store.getState().doc, c.source, c.target),
    [store],
  );

  // Where an arrow drag started on screen, and whether it made an arrow: a drag that ends on
  // nothing says so, a click does not.
  const connectStart = useRef<{ x: number; y: number; made: boolean } | null>(null);
  const onConnectStart: OnConnectStart = useCallback(
    (event) => {
      const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
      const screen = touch ?? (event as MouseEvent);
      connectStart.current = { x: screen.clientX, y: screen.clientY, made: false };
      ui.getState().setMissed(null);
    },
    [ui],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (connectStart.current) connectStart.current.made = true;
      const { apply, setSelection } = store.getState();
      let flowId: string | null = null;
      apply((doc) => {
        const result = connect(doc, c.source, c.target);
        flowId = result?.flowId ?? null;
        return result?.doc ?? doc;
      });
      if (flowId !== null) setSelection([{ kind: 'flow', id: flowId }]);
    },
    [store],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const start = connectStart.current;
      connectStart.current = null;
      if (!start || start.made || !state.fromNode) return;
      const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
      const screen = touch ?? (event as MouseEvent);
      const missed = missedConnection(store.getState().doc, {
        fromSymbol: state.fromNode.id,
        toSymbol: state.toNode?.id ?? null,
        travel: Math.hypot(screen.clientX - start.x, screen.clientY - start.y),
      });
      if (missed) ui.getState().setMissed(missed);
    },
    [store, ui],
  );

  const onNodeDoubleClick = useCallback(
    (_event: React.MouseEvent, node: DiagramNode) => {
      if (node.type === 'row')
        ui.getState().setEditing({ kind: 'activity', stepId: node.data.stepId });
      if (node.type === 'symbol')
        ui.getState().setEditing({ kind: 'activity', stepId: node.data.stepId });
    },
    [ui],
  );

  const onEdgeDoubleClick = useCallback(
    (_event: React.MouseEvent, edge: RouteEdge) => {
      ui.getState().setEditing({ kind: 'label', flowId: edge.id });
    },
    [ui],
  );

  return {
    onNodesChange,
    onNodeDrag,
    onEdgesChange,
    onNodeDragStop,
    isValidConnection,
    onConnect,
    onConnectStart,
    onConnectEnd,
    onNodeDoubleClick,
    onEdgeDoubleClick,
  };
}
