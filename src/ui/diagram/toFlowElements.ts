import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import type { Point, Route, TextAlign } from '../../layout/geometry';
import type { Flow, SymbolShape } from '../../model/types';
import { PX_PER_PT, toCanvas } from './diagramScale';

/*
 * React Flow's nodes and edges are derived from the document's geometry on every change and
 * never stored: the document stays the one truth, and the canvas draws exactly what the
 * sheet prints (same boxes, same routed polylines), only scaled by PX_PER_PT.
 */

export type TableNode = Node<{ geometry: DiagramGeometry }, 'table'>;
export type RowNode = Node<{ stepId: string; number: number }, 'row'>;
export type SymbolNode = Node<
  { stepId: string; actorId: string; shape: SymbolShape; number: number },
  'symbol'
>;
export type DiagramNode = TableNode | RowNode | SymbolNode;

export interface RouteEdgeData extends Record<string, unknown> {
  /** The drawn parts of the flow, in canvas units (one part unless it crosses a page). */
  parts: { points: Point[]; arrowhead: boolean }[];
  label: { text: string; x: number; y: number; align: TextAlign } | null;
}
export type RouteEdge = Edge<RouteEdgeData, 'route'>;

const DOT = 8;

/** The handles SymbolNodeView renders: a dot on each side to draw from, the whole box to drop on. */
function symbolHandles(width: number, height: number): NodeHandle[] {
  const dot = (id: string, position: Position, x: number, y: number): NodeHandle => ({
    id,
    type: 'source',
    position,
    x: x - DOT / 2,
    y: y - DOT / 2,
    width: DOT,
    height: DOT,
  });
  return [
    dot('top', Position.Top, width / 2, 0),
    dot('right', Position.Right, width, height / 2),
    dot('bottom', Position.Bottom, width / 2, height),
    dot('left', Position.Left, 0, height / 2),
    { id: 'in', type: 'target', position: Position.Top, x: 0, y: 0, width, height },
  ];
}

/** Id of the node that carries a step's number and activity (its row label). */
export function rowNodeId(stepId: string): string {
  return `row:${stepId}`;
}

export const TABLE_NODE_ID = 'table';

/** An arrow's accessible name from the step numbers of its ends and its label. */
export type NameFlow = (from: number, to: number, label: string) => string;

/**
 * The canvas's nodes (table, row labels, symbols) and edges (routed arrows) for a geometry;
 * `nameFlow` names each arrow for assistive technology in the interface language (React Flow's
 * own name is English and made of ids).
 */
export function toFlowElements(
  geometry: DiagramGeometry,
  flows: readonly Flow[],
  nameFlow?: NameFlow,
): {
  nodes: DiagramNode[];
  edges: RouteEdge[];
} {
  const { page } = geometry;
  const nodes: DiagramNode[] = [
    {
      id: TABLE_NODE_ID,
      type: 'table',
      position: { x: 0, y: 0 },
      width: geometry.width * PX_PER_PT,
      height: geometry.height * PX_PER_PT,
      measured: { width: geometry.width * PX_PER_PT, height: geometry.height * PX_PER_PT },
      // The table is scenery: clicks and drags on it belong to the pane (select, pan).
      style: { pointerEvents: 'none' },
      data: { geometry },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
    },
  ];
  const no = page.columns.find((c) => c.kind === 'no');
  const activity = page.columns.find((c) => c.kind === 'activity');
  if (no && activity) {
    const width = (activity.x + activity.width - no.x) * PX_PER_PT;
    for (const row of page.rows) {
      const height = row.height * PX_PER_PT;
      nodes.push({
        id: rowNodeId(row.stepId),
        type: 'row',
        position: toCanvas({ x: no.x, y: row.y }),
        width,
        height,
        measured: { width, height },
        data: { stepId: row.stepId, number: row.number },
      });
    }
  }
  const numberOf = new Map(page.rows.map((r) => [r.stepId, r.number]));
  for (const box of page.symbols) {
    const width = box.width * PX_PER_PT;
    const height = box.height * PX_PER_PT;
    nodes.push({
      id: box.symbolId,
      type: 'symbol',
      position: toCanvas(box),
      width,
      height,
      // Known sizes and handles spare React Flow from measuring hundreds of nodes after each edit.
      measured: { width, height },
      handles: symbolHandles(width, height),
      data: {
        stepId: box.stepId,
        actorId: box.actorId,
        shape: box.shape,
        number: numberOf.get(box.stepId) ?? 0,
      },
    });
  }

  const routesOf = new Map<string, Route[]>();
  for (const route of page.routes) {
    const list = routesOf.get(route.flowId);
    if (list) list.push(route);
    else routesOf.set(route.flowId, [route]);
  }
  const stepNumberOf = new Map(
    page.symbols.map((s) => [s.symbolId, numberOf.get(s.stepId) ?? 0] as const),
  );
  const edges: RouteEdge[] = [];
  for (const flow of flows) {
    const from = stepNumberOf.get(flow.from);
    const to = stepNumberOf.get(flow.to);
    if (from === undefined || to === undefined) continue;
    const routes = routesOf.get(flow.id) ?? [];
    const labelled = routes.find((r) => r.label !== null)?.label ?? null;
    edges.push({
      id: flow.id,
      type: 'route',
      source: flow.from,
      target: flow.to,
      sourceHandle: 'bottom',
      targetHandle: 'in',
      ariaLabel: nameFlow?.(from, to, flow.label),
      data: {
        parts: routes.map((r) => ({ points: r.points.map(toCanvas), arrowhead: r.arrowhead })),
        label: labelled && { ...labelled, ...toCanvas(labelled) },
      },
    });
  }
  return { nodes, edges };
}
