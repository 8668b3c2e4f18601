import { memo, useCallback } from 'react';
import { useDraftValue } from '../common/useDraftValue';
import { AutoGrowTextarea } from '../common/AutoGrowTextarea';
import { useTextLimit } from '../common/textLimit';
import type { StepsEditing, TextField } from './useStepsEditing';

interface Props {
  stepId: string;
  field: TextField;
  value: string;
  label: string;
  edit: StepsEditing;
}

/**
 * A text cell: every keystroke goes to the document (merged into one undo step per burst);
 * the draft keeps typing instant. Shift+Enter types a line break, Enter moves down.
 */
export const TextCell = memo(function TextCell({ stepId, field, value, label, edit }: Props) {
  const commit = useCallback(
    (next: string) => edit.setText(stepId, field, next),
    [edit, stepId, field],
  );
  const [draft, change] = useDraftValue(value, commit);
  const limit = useTextLimit(draft);
  return (
    <>
      <AutoGrowTextarea
        className="steps-input"
        data-col={field}
        aria-label={label}
        value={draft}
        spellCheck={false}
        {...limit.fieldProps}
        onChange={(e) => change(e.target.value)}
      />
      {limit.note}
    </>
  );
});
