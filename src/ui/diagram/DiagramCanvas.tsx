import { useMemo, useState } from 'react';
import {
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useConnection,
  type Node,
} from '@xyflow/react';
import type { DiagramGeometry } from '../../layout/diagram';
import { useEditor } from '../../store/useEditor';
import { useT } from '../../i18n/useT';
import { PX_PER_PT } from './diagramScale';
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
const MINIMAP_SIZE = { width: 140, height: 110 };

function miniMapColour(node: Node): string {
  return node.type === 'table' ? '#fafafa' : node.type === 'row' ? 'transparent' : '#555';
}

/** A fresh start: the table as wide as the canvas (at most zoom 1.2), its top in view. */
export function initialViewport(geometry: DiagramGeometry, width: number) {
  const { columns } = geometry.page;
  const left = columns[0]?.x ?? 0;
  const last = columns[columns.length - 1];
  const right = last ? last.x + last.width : geometry.width;
  const zoom = Math.max(0.1, Math.min(1.2, (width - 24) / ((right - left) * PX_PER_PT)));
  const x = (width - (right + left) * PX_PER_PT * zoom) / 2;
  return { x, y: -(geometry.headerTop * PX_PER_PT * zoom) + 8, zoom };
}

/** How far the canvas pans: the page and a margin, not the endless plane. */
function panLimits(geometry: DiagramGeometry): [[number, number], [number, number]] {
  const w = geometry.width * PX_PER_PT;
  const h = geometry.height * PX_PER_PT;
  return [
    [-w * 0.25, -200],
    [w * 1.25, h + 400],
  ];
}

interface DiagramCanvasProps {
  geometry: DiagramGeometry;
  base: Elements;
}

/** The React Flow canvas: table, row labels, symbols and routed arrows; select, drag, connect. */
export function DiagramCanvas({ geometry, base }: DiagramCanvasProps) {
  const t = useT();
  const selection = useEditor((s) => s.selection);
  const miniMapShown = useEditor((s) => s.miniMap);
  const setMiniMap = useEditor((s) => s.setMiniMap);
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
      onInit={(instance) => {
        const el = document.querySelector('.diagram-canvas');
        instance.setViewport(initialViewport(geometry, el?.clientWidth ?? 1200));
      }}
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
      <Controls showInteractive={false}>
        {/* The overview map can be put away (remembered): it covers a corner of the sheet. */}
        <ControlButton
          data-testid="minimap-toggle"
          aria-pressed={miniMapShown}
          title={t(miniMapShown ? 'diagram.minimap.hide' : 'diagram.minimap.show')}
          aria-label={t(miniMapShown ? 'diagram.minimap.hide' : 'diagram.minimap.show')}
          onClick={() => setMiniMap(!miniMapShown)}
        >
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <rect x="1.5" y="1.5" width="13" height="13" fill="none" stroke="currentColor" />
            <rect x="8" y="8" width="5" height="5" fill="currentColor" />
          </svg>
        </ControlButton>
      </Controls>
      {miniMapShown && (
        <MiniMap
          pannable
          zoomable
          nodeColor={miniMapColour}
          nodeStrokeWidth={0}
          style={MINIMAP_SIZE}
        />
      )}
    </ReactFlow>
  );
}
