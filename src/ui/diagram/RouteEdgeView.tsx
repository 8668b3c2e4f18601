import { memo } from 'react';
import { EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { ROUTE_LABEL_FONT, STROKE } from '../../export/pdf/shapes';
import {
  ARROW_OVERLAP,
  arrowheadPoints,
  pointsAttr,
  shortenEnd,
  textAnchor,
} from '../../export/svg/svgGeometry';
import { useT } from '../../i18n/useT';
import type { Point } from '../../layout/geometry';
import { setFlowLabel } from '../../model/commands';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { SHEET_FONT_FAMILY } from '../sheet/sheetStyle';
import { PX_PER_PT } from './diagramScale';
import { useDiagramUi, useDiagramUiStore } from './diagramUiStore';
import { InPlaceText } from './InPlaceText';
import type { RouteEdge } from './toFlowElements';

/** Scales a polyline in canvas units back to points so the sheet's arrow helpers apply as is. */
const inPoints = (points: Point[]) =>
  points.map((p) => ({ x: p.x / PX_PER_PT, y: p.y / PX_PER_PT }));

/**
 * A routed arrow exactly as the sheet draws it (the polyline, then a filled arrowhead whose tip
 * is on the target's outline), drawn in points inside a scaled group. A wide transparent
 * stroke makes the thin line easy to click. Double-click edits its label in place.
 */
function RouteEdgeViewImpl({ id, data, selected }: EdgeProps<RouteEdge>) {
  const editing = useDiagramUi((s) => s.editing?.kind === 'label' && s.editing.flowId === id);
  if (!data) return null;
  const ink = selected ? 'var(--diagram-accent, #1565c0)' : '#000';
  const start = data.parts[0]?.points[0];
  return (
    <>
      <g data-testid="flow" data-flow-id={id} className="diagram-flow">
        <g transform={`scale(${PX_PER_PT})`}>
          {data.parts.map((part, i) => {
            const points = inPoints(part.points);
            const head = part.arrowhead ? arrowheadPoints(points) : null;
            const line = head ? shortenEnd(points, ARROW_OVERLAP) : points;
            return (
              <g key={i}>
                <polyline
                  className="flow-hit"
                  points={pointsAttr(points)}
                  fill="none"
                  stroke="transparent"
                  strokeWidth={12 / PX_PER_PT}
                />
                {line.length > 1 && (
                  <polyline
                    points={pointsAttr(line)}
                    fill="none"
                    stroke={ink}
                    strokeWidth={selected ? STROKE.route * 2 : STROKE.route}
                  />
                )}
                {head && <polygon points={pointsAttr(head)} fill={ink} stroke="none" />}
              </g>
            );
          })}
          {data.label && data.label.text !== '' && !editing && (
            <text
              x={data.label.x / PX_PER_PT}
              y={data.label.y / PX_PER_PT}
              textAnchor={textAnchor(data.label.align)}
              fontFamily={SHEET_FONT_FAMILY}
              fontSize={ROUTE_LABEL_FONT}
              fill={ink}
              data-testid="flow-label"
            >
              {data.label.text}
            </text>
          )}
        </g>
      </g>
      {editing && <LabelEditor flowId={id} at={data.label ?? start ?? null} />}
    </>
  );
}

function LabelEditor({ flowId, at }: { flowId: string; at: Point | null }) {
  const t = useT();
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const label = useEditor((s) => s.doc.flows.find((f) => f.id === flowId)?.label ?? '');
  if (!at) return null;
  return (
    <EdgeLabelRenderer>
      <div
        className="in-place-label-box"
        style={{ transform: `translate(${at.x}px, ${at.y}px) translate(-10%, -80%)` }}
      >
        <InPlaceText
          value={label}
          label={t('diagram.flow.editLabel')}
          onCommit={(text) => store.getState().apply((doc) => setFlowLabel(doc, flowId, text))}
          onDone={() => ui.getState().setEditing(null)}
        />
      </div>
    </EdgeLabelRenderer>
  );
}

export const RouteEdgeView = memo(RouteEdgeViewImpl);
