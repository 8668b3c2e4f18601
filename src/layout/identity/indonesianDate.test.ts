import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIndonesianDate } from './indonesianDate';

describe('formatIndonesianDate', () => {
  it('writes day, Indonesian month name and year', () => {
    expect(formatIndonesianDate('2025-06-02')).toBe('2 Juni 2025');
    expect(formatIndonesianDate('2024-12-31')).toBe('31 Desember 2024');
    expect(formatIndonesianDate('2025-01-10')).toBe('10 Januari 2025');
    expect(formatIndonesianDate('2023-08-17')).toBe('17 Agustus 2023');
  });

  it('prints "-" for a missing date', () => {
    expect(formatIndonesianDate(null)).toBe('-');
    expect(formatIndonesianDate('  ')).toBe('-');
  });

  it('keeps text that is not an ISO date as written', () => {
    expect(formatIndonesianDate('Juni 2025')).toBe('Juni 2025');
    expect(formatIndonesianDate('2025-13-01')).toBe('2025-13-01');
  });

  it('agrees with the calendar for every day (generated)', () => {
    const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-08-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [day, month, year] = formatIndonesianDate(iso).split(' ');
          expect(Number(day)).toBe(date.getUTCDate());
          expect(Number(year)).toBe(date.getUTCFullYear());
          const index = date.getUTCMonth();
          if (index < months.length) expect(month).toBe(months[index]);
        },
      ),
    );
  });
});
