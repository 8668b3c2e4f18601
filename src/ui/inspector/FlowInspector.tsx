import { useShallow } from 'zustand/shallow';
import { useT } from '../../i18n/useT';
import { deleteFlows, reconnectFlow, setFlowLabel } from '../../model/commands';
import { useEditor, useEditorStore } from '../../store/useEditor';
import type { Translate } from '../../i18n/useT';
import type { SopDocument } from '../../model/types';
import { SHAPE_LABEL } from '../common/shapeLabel';
import { useTextLimit } from '../common/textLimit';

/** Every symbol as a choice "3. Keputusan — Kasubbag", in row order. */
function symbolOptions(doc: SopDocument, t: Translate): { id: string; text: string }[] {
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.steps.flatMap((step, i) =>
    step.symbols.map((s) => ({
      id: s.id,
      text: t('inspector.symbolOption', {
        n: i + 1,
        shape: t(SHAPE_LABEL[s.shape]),
        actor: names.get(s.actor) ?? '',
      }),
    })),
  );
}

/** The arrow's label, stopping at the text limit (a component, as a hook cannot follow `if (!flow)`). */
function FlowLabelField(props: { label: string; value: string; onEdit(text: string): void }) {
  const limit = useTextLimit(props.value);
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="text"
        data-testid="inspector-flow-label"
        value={props.value}
        {...limit.fieldProps}
        onChange={(e) => props.onEdit(e.target.value)}
      />
      {limit.note}
    </label>
  );
}

/** The selected arrow's label and its two ends (an end that is not allowed is refused by the command). */
export function FlowInspector({ flowId }: { flowId: string }) {
  const t = useT();
  const store = useEditorStore();
  const flow = useEditor((s) => s.doc.flows.find((f) => f.id === flowId));
  const options = useEditor(
    useShallow((s) => symbolOptions(s.doc, t).map((o) => `${o.id}\u0000${o.text}`)),
  );
  if (!flow) return null;
  const choices = options.map((o) => {
    const [id, text] = o.split('\u0000');
    return { id: id!, text: text! };
  });
  return (
    <form
      className="inspector-form"
      data-testid="flow-inspector"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>{t('inspector.flow')}</h2>
      <FlowLabelField
        label={t('inspector.flow.label')}
        value={flow.label}
        onEdit={(text) =>
          store
            .getState()
            .apply((doc) => setFlowLabel(doc, flowId, text), `inspector:${flowId}:label`)
        }
      />
      {(['from', 'to'] as const).map((end) => (
        <label key={end}>
          <span>{t(end === 'from' ? 'inspector.flow.from' : 'inspector.flow.to')}</span>
          <select
            data-testid={`inspector-flow-${end}`}
            value={flow[end]}
            onChange={(e) =>
              store.getState().apply((doc) => reconnectFlow(doc, flowId, { [end]: e.target.value }))
            }
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button
        type="button"
        className="danger"
        onClick={() => {
          store.getState().apply((doc) => deleteFlows(doc, [flowId]));
          store.getState().setSelection([]);
        }}
      >
        {t('inspector.flow.delete')}
      </button>
    </form>
  );
}
