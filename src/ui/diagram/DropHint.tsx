import { ViewportPortal } from '@xyflow/react';
import { PX_PER_PT } from './diagramScale';
import { useDiagramUi } from './diagramUiStore';

/** The cell (or row gap) a drag in progress would land in, shaded on the canvas. */
export function DropHint() {
  const rect = useDiagramUi((s) => s.dropHint);
  if (!rect) return null;
  return (
    <ViewportPortal>
      <div
        className="drop-hint"
        data-testid="drop-hint"
        style={{
          transform: `translate(${rect.x * PX_PER_PT}px, ${rect.y * PX_PER_PT}px)`,
          width: rect.width * PX_PER_PT,
          height: rect.height * PX_PER_PT,
        }}
      />
    </ViewportPortal>
  );
}
