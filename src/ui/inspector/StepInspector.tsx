import { useId } from 'react';
import { useShallow } from 'zustand/shallow';
import { useT } from '../../i18n/useT';
import { moveSymbol, setSymbolShape, updateStep, type StepPatch } from '../../model/commands';
import { SYMBOL_SHAPES, type SymbolShape } from '../../model/types';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { SHAPE_LABEL } from '../common/shapeLabel';
import { useTextLimit } from '../common/textLimit';

type TextField = 'activity' | 'requirements' | 'time' | 'output' | 'notes';
const FIELDS: TextField[] = ['activity', 'requirements', 'time', 'output', 'notes'];
interface InspectorTextProps {
  id: string;
  field: TextField;
  label: string;
  value: string;
  onEdit(field: TextField, value: string): void;
}

/** One of a step's texts, stopping at the text limit (its own component: one limit per field). */
function InspectorText({ id, field, label, value, onEdit }: InspectorTextProps) {
  const limit = useTextLimit(value);
  return (
    <label htmlFor={id}>
      <span>{label}</span>
      <textarea
        id={id}
        data-testid={`inspector-${field}`}
        rows={field === 'activity' ? 3 : field === 'time' ? 1 : 2}
        value={value}
        {...limit.fieldProps}
        onChange={(e) => onEdit(field, e.target.value)}
      />
      {limit.note}
    </label>
  );
}

/** A step's texts, labelled as the agency labels its sheet columns; the selected symbol's shape and lane. */
export function StepInspector({ stepId, symbolId }: { stepId: string; symbolId: string | null }) {
  const t = useT();
  const store = useEditorStore();
  const step = useEditor((s) => s.doc.steps.find((x) => x.id === stepId));
  const number = useEditor((s) => s.doc.steps.findIndex((x) => x.id === stepId) + 1);
  const labels = useEditor((s) => s.doc.sheet.labels);
  const actors = useEditor(useShallow((s) => s.doc.actors));
  const baseId = useId();
  if (!step) return null;
  const symbol = step.symbols.find((s) => s.id === symbolId) ?? null;
  // One undo step per burst of typing in one field (the history merges commits with one key).
  const edit = (field: TextField, value: string) =>
    store
      .getState()
      .apply(
        (doc) => updateStep(doc, stepId, { [field]: value } as StepPatch),
        `inspector:${stepId}:${field}`,
      );

  return (
    <form
      className="inspector-form"
      data-testid="step-inspector"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>{t('inspector.step', { n: number })}</h2>
      {FIELDS.map((field) => (
        <InspectorText
          key={field}
          id={`${baseId}-${field}`}
          field={field}
          label={labels[field]}
          value={step[field]}
          onEdit={edit}
        />
      ))}
      {symbol && (
        <>
          <label>
            <span>{t('inspector.shape')}</span>
            <select
              data-testid="inspector-shape"
              value={symbol.shape}
              onChange={(e) =>
                store
                  .getState()
                  .apply((doc) => setSymbolShape(doc, symbol.id, e.target.value as SymbolShape))
              }
            >
              {SYMBOL_SHAPES.map((shape) => (
                <option key={shape} value={shape}>
                  {t(SHAPE_LABEL[shape])}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('inspector.actor')}</span>
            <select
              data-testid="inspector-actor"
              value={symbol.actor}
              onChange={(e) =>
                store
                  .getState()
                  .apply((doc) => moveSymbol(doc, symbol.id, { stepId, actorId: e.target.value }))
              }
            >
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label className="inspector-check">
        <input
          type="checkbox"
          checked={!!step.pageBreakBefore}
          onChange={(e) =>
            store
              .getState()
              .apply((doc) => updateStep(doc, stepId, { pageBreakBefore: e.target.checked }))
          }
        />
        <span>{t('inspector.pageBreak')}</span>
      </label>
    </form>
  );
}
