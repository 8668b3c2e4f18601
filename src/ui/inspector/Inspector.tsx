import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';
import { FlowInspector } from './FlowInspector';
import { StepInspector } from './StepInspector';
import './inspector.css';

/**
 * The side panel: the fields of the selected step (or of the step of the selected symbol),
 * or the label and ends of the selected arrow. Selection is session state; every edit here
 * is a document command, so it can be undone.
 */
export function Inspector() {
  const t = useT();
  const item = useEditor((s) => s.selection.at(-1));
  const count = useEditor((s) => s.selection.length);
  const stepId = useEditor((s) => {
    if (!item) return null;
    if (item.kind === 'step') return item.id;
    if (item.kind !== 'symbol') return null;
    return s.doc.steps.find((step) => step.symbols.some((x) => x.id === item.id))?.id ?? null;
  });
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      {count > 1 && <p className="inspector-note">{t('inspector.many', { count })}</p>}
      {item?.kind === 'flow' ? (
        <FlowInspector key={item.id} flowId={item.id} />
      ) : stepId !== null ? (
        <StepInspector
          key={stepId}
          stepId={stepId}
          symbolId={item?.kind === 'symbol' ? item.id : null}
        />
      ) : (
        <p className="inspector-note">{t('inspector.empty')}</p>
      )}
    </aside>
  );
}
