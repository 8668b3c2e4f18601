import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { LazySelect } from './LazySelect';
import type { SymbolExits } from './useRowExits';
import type { StepsEditing } from './useStepsEditing';

interface Props {
  stepId: string;
  number: number;
  exits: SymbolExits;
  edit: StepsEditing;
}

/** The "Lanjut ke" selects of one symbol: its exit, or a decision's Ya and Tidak targets. */
export const ExitSelects = memo(function ExitSelects({ stepId, number, exits, edit }: Props) {
  const t = useT();
  const none = t('steps.next.none');
  const choices = () => [
    { value: '', label: none },
    ...edit
      .stepChoices()
      .filter((choice) => choice.stepId !== stepId)
      .map((choice) => ({ value: choice.stepId, label: choice.label })),
  ];
  return (
    <div className="steps-exits">
      {exits.slots.map((slot, index) => (
        // By position: a slot that gets its first arrow must keep its focus, not remount.
        <label key={index} className="steps-exit">
          {slot.label && <span className="steps-exit-label">{slot.label}</span>}
          <LazySelect
            className="steps-exit-select"
            data-col="next"
            data-exit-label={slot.label}
            aria-label={
              slot.label
                ? t('steps.next.labelled', { label: slot.label, number })
                : t('steps.next.exit', { number })
            }
            value={slot.targetStepId ?? ''}
            shown={slot.targetNumber === null ? none : String(slot.targetNumber)}
            options={choices}
            onValue={(value) =>
              edit.setExit({
                fromSymbolId: exits.symbolId,
                flowId: slot.flowId,
                label: slot.label,
                toStepId: value === '' ? null : value,
              })
            }
          />
        </label>
      ))}
    </div>
  );
});
