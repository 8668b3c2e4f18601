import { useDeferredValue, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useT } from '../../i18n/useT';
import { layoutDiagram } from '../../layout/diagram';
import { helveticaMeasurer } from '../../layout/text/measure';
import { Inspector } from '../inspector/Inspector';
import { DiagramCanvas } from './DiagramCanvas';
import { createDiagramUiStore, DiagramUiContext } from './diagramUiStore';
import { DiagramToolbar } from './DiagramToolbar';
import { LaneHeaders } from './LaneHeaders';
import { ShortcutsHelp } from './ShortcutsHelp';
import { toFlowElements, type NameFlow } from './toFlowElements';
import { useDiagramKeys } from './useDiagramKeys';
import { useRevealSelection } from './useRevealSelection';
import { useSettledDoc } from './useSettledDoc';
import { usePngExporter } from './usePngExporter';
import './diagram.css';
import './diagramOverlays.css';

/**
 * The diagram view: the flowchart table as it will print, laid out as one continuous page,
 * with the palette above it and the inspector beside it.
 */
export function DiagramView() {
  const [ui] = useState(createDiagramUiStore);
  return (
    <DiagramUiContext value={ui}>
      <ReactFlowProvider>
        <DiagramWorkspace />
      </ReactFlowProvider>
    </DiagramUiContext>
  );
}

function DiagramWorkspace() {
  // Laying out hundreds of rows takes a moment: typing in the inspector stays ahead of it.
  const shown = useDeferredValue(useSettledDoc());
  const geometry = useMemo(() => layoutDiagram(shown, helveticaMeasurer), [shown]);
  const t = useT();
  const base = useMemo(() => {
    const nameFlow: NameFlow = (from, to, label) =>
      label === ''
        ? t('diagram.flow.name', { from, to })
        : t('diagram.flow.nameLabelled', { from, to, label });
    return toFlowElements(geometry, shown.flows, nameFlow);
  }, [geometry, shown.flows, t]);
  useDiagramKeys(geometry);
  useRevealSelection(base);
  usePngExporter(geometry);
  return (
    <div className="diagram-view">
      <DiagramToolbar geometry={geometry} />
      <div className="diagram-body">
        <div
          className="diagram-canvas"
          data-testid="diagram-canvas"
          tabIndex={0}
          onPointerDown={(e) => {
            // Clicking the canvas gives it the keyboard (React Flow's pane does not take focus).
            if (!(e.target as HTMLElement).closest('input, textarea, select, button')) {
              e.currentTarget.focus({ preventScroll: true });
            }
          }}
        >
          <DiagramCanvas geometry={geometry} base={base} />
          <LaneHeaders geometry={geometry} />
        </div>
        <Inspector />
      </div>
      <ShortcutsHelp />
    </div>
  );
}
