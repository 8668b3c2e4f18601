// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SHEET } from '../../model/defaults';
import { LIMITS } from '../../model/limits';
import { SheetOptionsPanel } from './SheetOptionsPanel';

afterEach(cleanup);

describe('SheetOptionsPanel', () => {
  it('patches paper, orientation and the two switches', () => {
    const onChange = vi.fn();
    render(<SheetOptionsPanel sheet={DEFAULT_SHEET} onChangeSheet={onChange} />);
    fireEvent.change(screen.getByLabelText('Ukuran kertas'), { target: { value: 'F4' } });
    fireEvent.click(screen.getByLabelText('Tegak (portrait)'));
    fireEvent.click(screen.getByTestId('sheet-repeat-header'));
    fireEvent.click(screen.getByTestId('sheet-connector-letters'));
    expect(onChange.mock.calls).toEqual([
      [{ paper: 'F4' }],
      [{ orientation: 'portrait' }],
      [{ repeatHeader: false }],
      [{ connectorLetters: false }],
    ]);
  });

  it('patches one column label and keeps the others', () => {
    const onChange = vi.fn();
    render(<SheetOptionsPanel sheet={DEFAULT_SHEET} onChangeSheet={onChange} />);
    const field = screen.getByLabelText('Kolom kegiatan');
    expect(field).toHaveValue('Kegiatan');
    fireEvent.change(field, { target: { value: 'Uraian Kegiatan' } });
    expect(onChange).toHaveBeenCalledWith({
      labels: { ...DEFAULT_SHEET.labels, activity: 'Uraian Kegiatan' },
    });
    expect(field).toHaveValue('Uraian Kegiatan');
  });

  it('stops every column label at the file limit, and says so when a paste does not fit', async () => {
    render(<SheetOptionsPanel sheet={DEFAULT_SHEET} onChangeSheet={() => {}} />);
    for (const key of ['activity', 'requirements', 'time', 'output', 'notes']) {
      expect(screen.getByTestId(`sheet-label-${key}`)).toHaveAttribute(
        'maxlength',
        String(LIMITS.textChars),
      );
    }
    const field = screen.getByTestId('sheet-label-notes');
    fireEvent.paste(field, { clipboardData: { getData: () => 'x'.repeat(25_000) } });
    await act(async () => {});
    expect(screen.getByTestId('limit-note')).toHaveTextContent('Batas 20.000 karakter tercapai');
  });
});
