import { MiniMap, type Node } from '@xyflow/react';
import { useEditor } from '../../store/useEditor';

const MINIMAP_SIZE = { width: 256, height: 150 };

function miniMapColour(node: Node): string {
  return node.type === 'table' ? '#fafafa' : node.type === 'row' ? 'transparent' : '#555';
}

/**
 * The overview map, docked under the inspector instead of floating over the canvas, so no
 * part of the sheet is ever hidden beneath it. Hidden when the user put it away (remembered).
 */
export function DiagramMap() {
  const shown = useEditor((s) => s.miniMap);
  if (!shown) return null;
  return (
    <div className="diagram-map">
      <MiniMap
        pannable
        zoomable
        nodeColor={miniMapColour}
        nodeStrokeWidth={0}
        // Outside the canvas the theme's variables do not reach it: the colours are given here.
        bgColor="#fff"
        maskColor="rgb(29 39 51 / 12%)"
        maskStrokeColor="#1d5fb4"
        maskStrokeWidth={2}
        style={MINIMAP_SIZE}
      />
    </div>
  );
}
