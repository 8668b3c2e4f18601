import { memo } from 'react';
import { ViewportPortal, type NodeProps } from '@xyflow/react';
import { useT } from '../../i18n/useT';
import { updateStep } from '../../model/commands';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useDiagramUi, useDiagramUiStore } from './diagramUiStore';
import { InPlaceText } from './InPlaceText';
import type { RowNode } from './toFlowElements';

/**
 * A step's row label (its No and Kegiatan cells). The text itself is drawn by the table
 * beneath, as the sheet wraps it; this node is what the user grabs to reorder the row,
 * clicks to select the step, and double-clicks to edit the activity in place.
 */
function RowNodeViewImpl({
  data,
  selected,
  dragging,
  positionAbsoluteX,
  positionAbsoluteY,
  width,
}: NodeProps<RowNode>) {
  const t = useT();
  const editing = useDiagramUi(
    (s) => s.editing?.kind === 'activity' && s.editing.stepId === data.stepId,
  );
  return (
    <div
      className={`diagram-row${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
      data-testid="row-label"
      data-step-id={data.stepId}
      data-row-number={data.number}
      title={t('diagram.row.hint')}
    >
      {editing && (
        // Drawn in the viewport's top layer, above the symbols and arrows it spreads over.
        <ViewportPortal>
          <div
            className="in-place-activity-box"
            style={{
              transform: `translate(${positionAbsoluteX}px, ${positionAbsoluteY}px)`,
              minWidth: width,
            }}
          >
            <ActivityEditor stepId={data.stepId} />
          </div>
        </ViewportPortal>
      )}
    </div>
  );
}

function ActivityEditor({ stepId }: { stepId: string }) {
  const t = useT();
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const activity = useEditor((s) => s.doc.steps.find((step) => step.id === stepId)?.activity ?? '');
  return (
    <InPlaceText
      value={activity}
      label={t('diagram.row.editActivity')}
      multiline
      className="in-place-activity"
      onCommit={(text) =>
        store.getState().apply((doc) => updateStep(doc, stepId, { activity: text }))
      }
      onDone={() => ui.getState().setEditing(null)}
    />
  );
}

export const RowNodeView = memo(RowNodeViewImpl);
