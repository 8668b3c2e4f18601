import { memo, useCallback } from 'react';
import { useDraftValue } from '../identity/useDraftValue';
import { CellTextarea } from './CellTextarea';
import type { StepsEditing, TextField } from './useStepsEditing';

interface Props {
  stepId: string;
  field: TextField;
  value: string;
  multiline: boolean;
  label: string;
  edit: StepsEditing;
}

/** A text cell: every keystroke goes to the document; the draft keeps typing instant. */
export const TextCell = memo(function TextCell({
  stepId,
  field,
  value,
  multiline,
  label,
  edit,
}: Props) {
  const commit = useCallback(
    (next: string) => edit.setText(stepId, field, next),
    [edit, stepId, field],
  );
  const [draft, change] = useDraftValue(value, commit);
  const common = {
    className: 'steps-input',
    'data-col': field,
    'aria-label': label,
    value: draft,
    spellCheck: false,
  };
  return multiline ? (
    <CellTextarea {...common} onChange={(e) => change(e.target.value)} />
  ) : (
    <input type="text" {...common} onChange={(e) => change(e.target.value)} />
  );
});
