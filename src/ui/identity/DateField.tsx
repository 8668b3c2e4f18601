import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { formatDateText, parseDateText } from './dateText';

const DATE_CHARS = 20;

interface Props {
  label: string;
  value: string | null;
  onCommit(next: string | null): void;
  testId?: string;
}

/**
 * A date typed and shown as dd/mm/yyyy (the Indonesian habit) whatever the browser's
 * locale, with the browser's calendar one click away. A whole date is stored as soon as it
 * is typed; an emptied field stores null; a text that is no date says so when the field is
 * left, and the stored date stays as it was.
 */
export function DateField({ label, value, onCommit, testId }: Props) {
  const t = useT();
  const id = useId();
  const errorId = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(() => formatDateText(value));
  const [seen, setSeen] = useState(value);
  const [invalid, setInvalid] = useState(false);
  if (value !== seen) {
    // Changed from outside (undo, another file, the calendar): show it.
    setSeen(value);
    const read = parseDateText(draft);
    if (!read || read.date !== value) {
      setDraft(formatDateText(value));
      setInvalid(false);
    }
  }
  const commitText = (text: string) => {
    const read = parseDateText(text);
    if (read && read.date !== value) onCommit(read.date);
    return read;
  };
  return (
    <div className="identity-field">
      <label htmlFor={id}>{label}</label>
      <span className="identity-date">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          // Room for "02 / 06 / 2025"; no date is longer.
          maxLength={DATE_CHARS}
          placeholder={t('identity.date.placeholder')}
          value={draft}
          data-testid={testId}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const read = commitText(e.target.value);
            if (read) setInvalid(false);
          }}
          onBlur={() => {
            const read = parseDateText(draft);
            setInvalid(read === null);
            // A date typed another way (2-6-2025) is shown the usual way once left.
            if (read) setDraft(formatDateText(read.date));
          }}
        />
        <button
          type="button"
          className="identity-date-pick"
          aria-label={t('identity.date.pick', { field: label })}
          title={t('identity.date.pick', { field: label })}
          onClick={() => {
            const el = picker.current;
            if (!el) return;
            if (typeof el.showPicker === 'function') el.showPicker();
            else el.click();
          }}
        >
          {/* A calendar, drawn: emoji fonts are missing on many office machines. */}
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <rect
              x="1.5"
              y="3"
              width="13"
              height="11.5"
              rx="1.5"
              fill="none"
              stroke="currentColor"
            />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          className="identity-date-native"
          tabIndex={-1}
          aria-hidden="true"
          value={value ?? ''}
          onChange={(e) => {
            const read = parseDateText(e.target.value);
            if (read && read.date !== value) onCommit(read.date);
          }}
        />
      </span>
      {invalid && (
        <span className="identity-date-error" id={errorId} role="alert">
          {t('identity.date.invalid')}
        </span>
      )}
    </div>
  );
}
