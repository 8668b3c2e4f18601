import { useRef, useState } from 'react';
import { useTextLimit } from '../common/textLimit';

interface InPlaceTextProps {
  value: string;
  label: string;
  multiline?: boolean;
  className?: string;
  onCommit(value: string): void;
  onDone(): void;
}

/**
 * A text field that edits something in place on the canvas: Enter (or leaving it) keeps the
 * text, Escape drops it; Shift+Enter adds a line where lines are allowed. The change is one
 * command, so one undo step.
 */
export function InPlaceText({
  value,
  label,
  multiline,
  className,
  onCommit,
  onDone,
}: InPlaceTextProps) {
  const [draft, setDraft] = useState(value);
  const limit = useTextLimit(draft);
  const done = useRef(false);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep && draft !== value) onCommit(draft);
    onDone();
  };
  const common = {
    ...limit.fieldProps,
    className: `in-place nodrag nopan nowheel ${className ?? ''}`,
    'aria-label': label,
    'data-testid': 'in-place-editor',
    value: draft,
    autoFocus: true,
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      e.currentTarget.select(),
    onBlur: () => finish(true),
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      e.stopPropagation();
      limit.fieldProps.onKeyDown(e);
      if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      } else if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        finish(true);
      }
    },
    onPointerDown: (e: React.PointerEvent) => e.stopPropagation(),
  };
  return (
    <>
      {multiline ? (
        <textarea {...common} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => setDraft(e.target.value)} />
      )}
      {limit.note}
    </>
  );
}
