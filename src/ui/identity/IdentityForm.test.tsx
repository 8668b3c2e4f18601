// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../../i18n/useT';
import { emptyIdentity } from '../../model/defaults';
import { LIMITS } from '../../model/limits';
import type { Identity } from '../../model/types';
import { IdentityForm } from './IdentityForm';

afterEach(cleanup);

/** The form wired to a tiny store, so every patch is applied as the app would. */
function renderForm(initial: Partial<Identity> = {}) {
  const patches: Partial<Identity>[] = [];
  let latest: Identity = { ...emptyIdentity(), ...initial };
  function Harness() {
    const [identity, setIdentity] = useState(latest);
    return (
      <IdentityForm
        identity={identity}
        onChange={(patch) => {
          patches.push(patch);
          latest = { ...latest, ...patch };
          setIdentity(latest);
        }}
      />
    );
  }
  render(<Harness />);
  return { patches, current: () => latest };
}

describe('IdentityForm', () => {
  it('commits each keystroke of a text field as a patch of that field only', () => {
    const { patches, current } = renderForm();
    const number = screen.getByLabelText('Nomor SOP');
    fireEvent.change(number, { target: { value: 'SOP-1' } });
    fireEvent.change(number, { target: { value: 'SOP-12' } });
    expect(patches).toEqual([{ number: 'SOP-1' }, { number: 'SOP-12' }]);
    expect(number).toHaveValue('SOP-12');
    expect(current().number).toBe('SOP-12');
  });

  it('keeps the other approver fields when one changes', () => {
    const { current } = renderForm({ approver: { title: 'Kepala', name: 'Siti', nip: '1' } });
    fireEvent.change(screen.getByLabelText('NIP pengesah'), { target: { value: '1970' } });
    expect(current().approver).toEqual({ title: 'Kepala', name: 'Siti', nip: '1970' });
  });

  it('stores a date as YYYY-MM-DD and an emptied date as null', () => {
    const { current } = renderForm({ revisionDate: '2025-01-02' });
    const created = screen.getByLabelText('Tanggal Pembuatan');
    fireEvent.change(created, { target: { value: '2025-06-02' } });
    expect(current().createdDate).toBe('2025-06-02');
    fireEvent.change(screen.getByLabelText('Tanggal Revisi'), { target: { value: '' } });
    expect(current().revisionDate).toBeNull();
  });

  it('reads a date typed day first and keeps the stored one when the text is no date', () => {
    const { current } = renderForm({ createdDate: '2025-01-02' });
    const created = screen.getByLabelText('Tanggal Pembuatan');
    expect(created).toHaveValue('02/01/2025');
    fireEvent.change(created, { target: { value: '7/3/2025' } });
    expect(current().createdDate).toBe('2025-03-07');
    fireEvent.change(created, { target: { value: '30/02/2025' } });
    fireEvent.blur(created);
    expect(current().createdDate).toBe('2025-03-07');
    expect(screen.getByRole('alert')).toHaveTextContent('Bukan tanggal');
  });

  it('adds, edits, reorders and removes list items with labelled buttons', () => {
    const { current } = renderForm({ equipment: ['Komputer'] });
    const list = screen.getByTestId('identity-list-equipment');
    fireEvent.click(
      within(list).getByRole('button', { name: 'Tambah butir Peralatan/Perlengkapan' }),
    );
    expect(current().equipment).toEqual(['Komputer', '']);
    const second = within(list).getByLabelText('Peralatan/Perlengkapan butir 2');
    // Focus goes to the new item so the user can type at once.
    expect(second).toHaveFocus();
    fireEvent.change(second, { target: { value: 'Printer' } });
    expect(current().equipment).toEqual(['Komputer', 'Printer']);

    const up = within(list).getByRole('button', { name: 'Naikkan Peralatan/Perlengkapan butir 2' });
    fireEvent.click(up);
    expect(current().equipment).toEqual(['Printer', 'Komputer']);
    expect(within(list).getByLabelText('Peralatan/Perlengkapan butir 1')).toHaveValue('Printer');
    expect(within(list).getByLabelText('Peralatan/Perlengkapan butir 2')).toHaveValue('Komputer');
    expect(
      within(list).getByRole('button', { name: 'Naikkan Peralatan/Perlengkapan butir 1' }),
    ).toBeDisabled();

    fireEvent.click(
      within(list).getByRole('button', { name: 'Hapus Peralatan/Perlengkapan butir 1' }),
    );
    expect(current().equipment).toEqual(['Komputer']);
    expect(within(list).getByLabelText('Peralatan/Perlengkapan butir 1')).toHaveValue('Komputer');
  });

  it('adds an organization line on Enter', () => {
    const { current } = renderForm({ organization: ['BADAN PUSAT STATISTIK'] });
    const line = screen.getByLabelText('Nama instansi (per baris) butir 1');
    fireEvent.keyDown(line, { key: 'Enter' });
    expect(current().organization).toEqual(['BADAN PUSAT STATISTIK', '']);
  });

  it('adopts a change from outside (undo) into a field', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <IdentityForm identity={{ ...emptyIdentity(), unit: 'Lama' }} onChange={onChange} />,
    );
    expect(screen.getByLabelText('Unit kerja')).toHaveValue('Lama');
    rerender(<IdentityForm identity={{ ...emptyIdentity(), unit: 'Baru' }} onChange={onChange} />);
    expect(screen.getByLabelText('Unit kerja')).toHaveValue('Baru');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps what was typed when the store echoes keystrokes late', () => {
    const onChange = vi.fn();
    const doc = (number: string) => ({ ...emptyIdentity(), number });
    const { rerender } = render(<IdentityForm identity={doc('')} onChange={onChange} />);
    const field = screen.getByLabelText('Nomor SOP');
    fireEvent.change(field, { target: { value: 'a' } });
    fireEvent.change(field, { target: { value: 'ab' } });
    expect(field).toHaveValue('ab');
    rerender(<IdentityForm identity={doc('a')} onChange={onChange} />);
    expect(field).toHaveValue('ab');
    rerender(<IdentityForm identity={doc('ab')} onChange={onChange} />);
    expect(field).toHaveValue('ab');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('refuses a non-image logo with a message and keeps the old logo', async () => {
    const old = 'data:image/png;base64,iVBORw0KGgo=';
    const { patches } = renderForm({ logo: old });
    const input = screen.getByTestId('identity-logo-input');
    const file = new File(['hello'], 'catatan.txt', { type: 'text/plain' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    expect(await screen.findByTestId('error-message')).toHaveTextContent('catatan.txt');
    expect(patches).toEqual([]);
    expect(screen.getByTestId('identity-logo-preview')).toHaveAttribute('src', old);
  });

  it('removes the logo', () => {
    const { current } = renderForm({ logo: 'data:image/png;base64,iVBORw0KGgo=' });
    fireEvent.click(screen.getByRole('button', { name: 'Hapus logo' }));
    expect(current().logo).toBeNull();
    expect(screen.queryByTestId('identity-logo-preview')).not.toBeInTheDocument();
  });

  it('stops every text field and list item at the file limit', () => {
    renderForm({ organization: ['PEMERINTAH'], legalBasis: ['UU'], records: ['Arsip'] });
    const fields = [
      ...new Set([
        ...screen.getAllByRole('textbox'),
        ...document.querySelectorAll<HTMLElement>('[inputmode="numeric"]'),
      ]),
    ];
    expect(fields.length).toBeGreaterThanOrEqual(9);
    for (const field of fields) {
      // A date is typed as dd/mm/yyyy and stored as a date, not text: a short limit of its own.
      const isDate = field.getAttribute('placeholder') === 'hh/bb/tttt';
      expect(field, field.getAttribute('aria-label') ?? field.id).toHaveAttribute(
        'maxlength',
        isDate ? '20' : String(LIMITS.textChars),
      );
    }
    expect(fields.filter((f) => f.getAttribute('placeholder') === 'hh/bb/tttt')).toHaveLength(3);
  });

  it('says so under a list item when a paste does not fit', async () => {
    renderForm({ legalBasis: [''] });
    const item = screen.getByLabelText('Dasar Hukum butir 1');
    fireEvent.paste(item, { clipboardData: { getData: () => 'x'.repeat(25_000) } });
    await act(async () => {});
    expect(item.closest('li')).toHaveTextContent('Batas 20.000 karakter tercapai');
  });

  it('speaks English when the app language is English', () => {
    render(
      <LanguageContext.Provider value="en">
        <IdentityForm identity={emptyIdentity()} onChange={() => {}} />
      </LanguageContext.Provider>,
    );
    expect(screen.getByLabelText('SOP number')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an item to Legal basis' })).toBeInTheDocument();
  });
});
