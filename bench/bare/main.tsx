/*
 * The comparison limit for the diagram benchmark: React Flow with nothing of ours, the same
 * number of nodes and edges as the generated SOP's canvas (symbols, row labels and the
 * table), default node and edge types, the same render-visible-only setting, a text field
 * that renames a node per keystroke. `window.bareLoad(nodes, edges)` draws a graph.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

declare global {
  interface Window {
    bareLoad?: (nodes: Node[], edges: Edge[]) => void;
  }
}

function Bare() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [label, setLabel] = useState('');
  useEffect(() => {
    window.bareLoad = (n, e) => {
      setNodes(n);
      setEdges(e);
    };
  }, []);
  return (
    <div className="bare">
      <div className="bare-canvas" data-testid="bare-canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={(changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns))}
          onlyRenderVisibleElements
          defaultViewport={{ x: 0, y: 0, zoom: 0.8 }}
          minZoom={0.05}
        />
      </div>
      <div className="bare-side">
        <textarea
          data-testid="bare-input"
          value={label}
          onChange={(e) => {
            const text = e.target.value;
            setLabel(text);
            setNodes((ns) => ns.map((n, i) => (i === 1 ? { ...n, data: { label: text } } : n)));
          }}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReactFlowProvider>
      <Bare />
    </ReactFlowProvider>
  </StrictMode>,
);
