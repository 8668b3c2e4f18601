import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from './dateText';

describe('dates as dd/mm/yyyy', () => {
  it('shows a stored date day first', () => {
    expect(formatDateText('2025-06-02')).toBe('02/06/2025');
    expect(formatDateText(null)).toBe('');
  });

  it('reads what offices type: slashes, dashes or dots, with or without leading zeros', () => {
    for (const text of ['02/06/2025', '2/6/2025', '02-06-2025', '2.6.2025', ' 02 / 06 / 2025 '])
      expect(parseDateText(text)).toEqual({ date: '2025-06-02' });
    expect(parseDateText('2025-06-02')).toEqual({ date: '2025-06-02' });
    expect(parseDateText('29/02/2024')).toEqual({ date: '2024-02-29' });
  });

  it('reads an empty field as no date', () => {
    expect(parseDateText('  ')).toEqual({ date: null });
  });

  it('refuses what is not a day of the calendar', () => {
    for (const text of [
      '31/02/2025',
      '29/02/2025',
      '13/13/2025',
      '00/06/2025',
      '06/2025',
      'besok',
      '2/6/25',
    ])
      expect(parseDateText(text)).toBeNull();
  });

  it('round-trips every day it shows', () => {
    for (const iso of ['2025-01-01', '2025-12-31', '2000-02-29'])
      expect(parseDateText(formatDateText(iso))).toEqual({ date: iso });
  });
});
