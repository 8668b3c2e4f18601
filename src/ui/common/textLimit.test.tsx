// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ClipboardEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/table';
import { LanguageContext } from '../../i18n/useT';
import { LIMITS } from '../../model/limits';
import { useTextLimit } from './textLimit';

afterEach(cleanup);

/** One field with the limit, as the app wires it; `takeOver` plays the steps table's paste. */
function Field({ initial = '', takeOver = false }: { initial?: string; takeOver?: boolean }) {
  const [value, setValue] = useState(initial);
  const limit = useTextLimit(value);
  return (
    <div onPaste={(e: ClipboardEvent) => takeOver && e.preventDefault()}>
      <textarea
        aria-label="teks"
        value={value}
        {...limit.fieldProps}
        onChange={(e) => setValue(e.target.value)}
      />
      {limit.note}
    </div>
  );
}

function renderField(props: { initial?: string; takeOver?: boolean } = {}, lang: Language = 'id') {
  render(
    <LanguageContext value={lang}>
      <Field {...props} />
    </LanguageContext>,
  );
  return screen.getByLabelText<HTMLTextAreaElement>('teks');
}

/** A paste event as the browser sends it (jsdom inserts nothing: maxLength is the browser's job). */
async function paste(field: HTMLTextAreaElement, text: string) {
  fireEvent.paste(field, { clipboardData: { getData: () => text } });
  await act(async () => {}); // the hook decides once the event has been through every handler
}

describe('useTextLimit', () => {
  it('gives the field the file limit as maxLength and no message at first', () => {
    const field = renderField();
    expect(field).toHaveAttribute('maxlength', String(LIMITS.textChars));
    expect(screen.queryByTestId('limit-note')).toBeNull();
  });

  it('says so when a paste brings more than fits, in Indonesian', async () => {
    const field = renderField({ initial: 'abc' });
    field.setSelectionRange(3, 3);
    await paste(field, 'x'.repeat(LIMITS.textChars - 2));
    const note = screen.getByTestId('limit-note');
    expect(note).toHaveTextContent('Batas 20.000 karakter tercapai; sisa teks tidak dimasukkan.');
    expect(field).toHaveAttribute('aria-describedby', note.id);
  });

  it('says so in English', async () => {
    const field = renderField({}, 'en');
    await paste(field, 'x'.repeat(25_000));
    expect(screen.getByTestId('limit-note')).toHaveTextContent(
      'Limit of 20,000 characters reached; the rest was not added.',
    );
  });

  it('stays quiet for a paste that fits, also one replacing a selection', async () => {
    const field = renderField({ initial: 'x'.repeat(LIMITS.textChars) });
    field.setSelectionRange(0, 10);
    await paste(field, 'y'.repeat(10));
    expect(screen.queryByTestId('limit-note')).toBeNull();
  });

  it('counts a Windows line break as one character, as the field does', async () => {
    const field = renderField({ initial: 'x'.repeat(LIMITS.textChars - 4) });
    field.setSelectionRange(field.value.length, field.value.length);
    await paste(field, 'a\r\nb\r\n');
    expect(screen.queryByTestId('limit-note')).toBeNull();
  });

  it('stays quiet when a handler above takes the paste over', async () => {
    const field = renderField({ takeOver: true });
    await paste(field, 'x'.repeat(25_000));
    expect(screen.queryByTestId('limit-note')).toBeNull();
  });

  it('says so when typing into a full field, and goes once the text is shorter', () => {
    const full = 'x'.repeat(LIMITS.textChars);
    const field = renderField({ initial: full });
    field.setSelectionRange(full.length, full.length);
    fireEvent.keyDown(field, { key: 'Control', ctrlKey: true });
    fireEvent.keyDown(field, { key: 'v', ctrlKey: true });
    expect(screen.queryByTestId('limit-note')).toBeNull();
    fireEvent.keyDown(field, { key: 'a' });
    expect(screen.getByTestId('limit-note')).toBeInTheDocument();
    fireEvent.change(field, { target: { value: full.slice(1) } });
    expect(screen.queryByTestId('limit-note')).toBeNull();
    expect(field).not.toHaveAttribute('aria-describedby');
  });

  it('goes when the user leaves the field', async () => {
    const field = renderField();
    await paste(field, 'x'.repeat(25_000));
    expect(screen.getByTestId('limit-note')).toBeInTheDocument();
    fireEvent.blur(field);
    expect(screen.queryByTestId('limit-note')).toBeNull();
  });

  it('says so when dropped text does not fit', () => {
    const field = renderField({ initial: 'x'.repeat(LIMITS.textChars - 1) });
    field.setSelectionRange(field.value.length, field.value.length);
    fireEvent.drop(field, { dataTransfer: { getData: () => 'zz' } });
    expect(screen.getByTestId('limit-note')).toBeInTheDocument();
  });
});
