import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';

/**
 * A read-only list of the steps, standing in for the diagram and the steps table
 * until their own issues fill them. Text is rendered as text, never as markup.
 */
export function StepList({ view }: { view: 'diagram' | 'steps' }) {
  const t = useT();
  const steps = useEditor((s) => s.doc.steps);
  const actors = useEditor((s) => s.doc.actors);
  const actorName = (id: string) =>
    actors.find((a) => a.id === id)?.name ?? t('shell.placeholder.noActor');
  return (
    <div className="view-scroll placeholder" data-testid={`${view}-view`}>
      <p>{t(view === 'diagram' ? 'shell.placeholder.diagram' : 'shell.placeholder.steps')}</p>
      <ol className="step-list">
        {steps.map((step) => (
          <li key={step.id} data-step-id={step.id}>
            <span className="step-activity">{step.activity}</span>
            <span className="step-actors">
              {step.symbols.map((s) => actorName(s.actor)).join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
