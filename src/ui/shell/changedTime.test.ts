import { describe, expect, it } from 'vitest';
import { changedTime, clockTime, localDate } from './changedTime';

describe('changedTime', () => {
  it('shows the local clock time', () => {
    const at = new Date(2025, 5, 2, 9, 5);
    expect(clockTime(at.toISOString())).toBe('09:05');
  });

  it('shows the local date and time (not the UTC ones), day first', () => {
    // Just after midnight local time is still the previous day in UTC east of Greenwich.
    const at = new Date(2025, 5, 2, 0, 30);
    expect(localDate(at.toISOString())).toBe('02/06/2025');
    expect(changedTime(at.toISOString())).toBe('02/06/2025 00:30');
  });

  it('shows nothing for a time it cannot read', () => {
    expect(changedTime('kemarin')).toBe('');
    expect(clockTime('')).toBe('');
  });
});
