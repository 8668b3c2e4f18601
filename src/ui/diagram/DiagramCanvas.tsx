import { useMemo, useState } from 'react';
import { ReactFlow, SelectionMode, useConnection } from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import { panLimits } from './diagramViewport';
import { useEditor } from '../../store/useEditor';
import { useT } from '../../i18n/useT';
import { DropHint } from './DropHint';
import { ZoomVariable } from './ZoomVariable';
import { RowNodeView } from './RowNodeView';
import { RouteEdgeView } from './RouteEdgeView';
import { SymbolNodeView } from './SymbolNodeView';
import { TableNodeView } from './TableNodeView';
import { useCanvasElements, type DragState, type Elements } from './useCanvasElements';
import { useCanvasHandlers } from './useCanvasHandlers';

const nodeTypes = { table: TableNodeView, row: RowNodeView, symbol: SymbolNodeView };
const edgeTypes = { route: RouteEdgeView };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS = [1, 2];

interface DiagramCanvasProps {
  geometry: DiagramGeometry;
  base: Elements;
  /** Sets the opening view once the canvas is ready. */
  onInit(): void;
}

/** The React Flow canvas: table, row labels, symbols and routed arrows; select, drag, connect. */
export function DiagramCanvas({ geometry, base, onInit }: DiagramCanvasProps) {
  const t = useT();
  const selection = useEditor((s) => s.selection);
  const [drag, setDrag] = useState<DragState | null>(null);
  const { nodes, edges } = useCanvasElements(base, selection, drag);
  const handlers = useCanvasHandlers(geometry, base, setDrag);
  const connecting = useConnection((c) => c.inProgress);
  const ariaLabelConfig = useMemo(() => {
    const describe = t('diagram.canvas.describe');
    return {
      'node.a11yDescription.default': describe,
      'node.a11yDescription.keyboardDisabled': describe,
      'edge.a11yDescription.default': describe,
      'controls.ariaLabel': t('diagram.canvas.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('diagram.canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('diagram.fit'),
      'minimap.ariaLabel': t('diagram.canvas.minimap'),
    };
  }, [t]);
  return (
    <ReactFlow
      className={connecting ? 'is-connecting' : undefined}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      {...handlers}
      onInit={onInit}
      translateExtent={panLimits(geometry)}
      minZoom={0.05}
      maxZoom={4}
      onlyRenderVisibleElements
      nodesConnectable
      elementsSelectable
      selectionOnDrag
      selectionMode={SelectionMode.Partial}
      panOnDrag={PAN_BUTTONS}
      panOnScroll
      zoomOnDoubleClick={false}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      deleteKeyCode={null}
      disableKeyboardA11y
      elevateNodesOnSelect={false}
      elevateEdgesOnSelect
      nodeDragThreshold={3}
      attributionPosition="bottom-right"
      aria-label={t('diagram.canvas')}
      ariaLabelConfig={ariaLabelConfig}
    >
      <DropHint />
      <ZoomVariable />
    </ReactFlow>
  );
}
