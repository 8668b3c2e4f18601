import { useDeferredValue, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
// The base rules only: every node, edge and panel here is styled by the app itself.
import '@xyflow/react/dist/base.css';
import { useT } from '../../i18n/useT';
import type { DiagramGeometry } from '../../layout/diagram';
import type { SopDocument } from '../../model/types';
import { Inspector } from '../inspector/Inspector';
import { useLayout } from '../layout/useLayout';
import { DiagramCanvas } from './DiagramCanvas';
import { DiagramMap } from './DiagramMap';
import { createDiagramUiStore, DiagramUiContext } from './diagramUiStore';
import { DiagramToolbar } from './DiagramToolbar';
import { LaneHeaders } from './LaneHeaders';
import { ShortcutsHelp } from './ShortcutsHelp';
import { toFlowElements, type NameFlow } from './toFlowElements';
import { useDiagramKeys } from './useDiagramKeys';
import { useRevealSelection } from './useRevealSelection';
import { useOpeningView } from './useOpeningView';
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
  // Laying out hundreds of rows takes a moment: it runs in the layout worker once a
  // burst of edits settles, and the canvas shows the last layout meanwhile.
  const settled = useDeferredValue(useSettledDoc());
  const { result, pending } = useLayout('diagram', settled);
  const t = useT();
  if (!result || !('answer' in result)) {
    return (
      <div className="diagram-view">
        <div className="diagram-body">
          <div className="diagram-canvas diagram-canvas-empty">
            {result ? (
              <p className="diagram-error" role="alert" data-testid="error-message">
                {t('diagram.error', { message: result.error })}
              </p>
            ) : (
              <p className="diagram-pending" role="status" data-testid="layout-pending">
                {t('common.layingOut')}
              </p>
            )}
          </div>
          <Inspector />
        </div>
      </div>
    );
  }
  return <DiagramReady geometry={result.answer.geometry} shown={result.doc} pending={pending} />;
}

interface DiagramReadyProps {
  geometry: DiagramGeometry;
  /** The document the geometry was laid out from (the open one may be newer). */
  shown: SopDocument;
  pending: boolean;
}

function DiagramReady({ geometry, shown, pending }: DiagramReadyProps) {
  const t = useT();
  const base = useMemo(() => {
    const nameFlow: NameFlow = (from, to, label) =>
      label === ''
        ? t('diagram.flow.name', { from, to })
        : t('diagram.flow.nameLabelled', { from, to, label });
    return toFlowElements(geometry, shown.flows, nameFlow);
  }, [geometry, shown.flows, t]);
  useDiagramKeys(geometry);
  useRevealSelection(base, geometry);
  const onInit = useOpeningView(geometry, shown);
  usePngExporter(geometry, shown);
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
          <DiagramCanvas geometry={geometry} base={base} onInit={onInit} />
          <LaneHeaders geometry={geometry} />
          {pending && (
            <p className="diagram-pending" role="status" data-testid="layout-pending">
              {t('common.layingOut')}
            </p>
          )}
        </div>
        <div className="diagram-side">
          <Inspector />
          <DiagramMap />
        </div>
      </div>
      <ShortcutsHelp />
    </div>
  );
}
