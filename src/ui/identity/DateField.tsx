import { useId } from 'react';

interface Props {
  label: string;
  value: string | null;
  onCommit(next: string | null): void;
  testId?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date input; cleared (or half-typed) it stores null, as the file format wants. */
export function DateField({ label, value, onCommit, testId }: Props) {
  const id = useId();
  return (
    <div className="identity-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        data-testid={testId}
        onChange={(e) => {
          const next = ISO_DATE.test(e.target.value) ? e.target.value : null;
          if (next !== value) onCommit(next);
        }}
      />
    </div>
  );
}
