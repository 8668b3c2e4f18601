import { useId } from 'react';
import { AutoGrowTextarea } from '../common/AutoGrowTextarea';
import { useTextLimit } from '../common/textLimit';
import { useDraftValue } from '../common/useDraftValue';

interface Props {
  label: string;
  value: string;
  onCommit(next: string): void;
  multiline?: boolean;
  testId?: string;
  inputMode?: 'text' | 'numeric';
}

/** A labelled text input (or auto-growing textarea) that commits every keystroke, up to the text limit. */
export function TextField({ label, value, onCommit, multiline, testId, inputMode }: Props) {
  const id = useId();
  const [draft, change] = useDraftValue(value, onCommit);
  const limit = useTextLimit(draft);
  return (
    <div className="identity-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <AutoGrowTextarea
          id={id}
          value={draft}
          data-testid={testId}
          {...limit.fieldProps}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={draft}
          inputMode={inputMode}
          data-testid={testId}
          {...limit.fieldProps}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {limit.note}
    </div>
  );
}
