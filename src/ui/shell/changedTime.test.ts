import { describe, expect, it } from 'vitest';
import { changedTime, clockTime } from './changedTime';

describe('changedTime', () => {
  it('shows the local clock time for a change made today', () => {
    const at = new Date(2025, 5, 2, 9, 5);
    expect(clockTime(at.toISOString())).toBe('09:05');
    expect(changedTime(at.toISOString(), new Date(2025, 5, 2, 18, 0))).toBe('09:05');
  });

  it('shows the local date (not the UTC one) for an earlier day', () => {
    // Just after midnight local time is still the previous day in UTC east of Greenwich.
    const at = new Date(2025, 5, 2, 0, 30);
    expect(changedTime(at.toISOString(), new Date(2025, 5, 3, 12, 0))).toBe('2025-06-02');
  });

  it('shows nothing for a time it cannot read', () => {
    expect(changedTime('kemarin')).toBe('');
    expect(clockTime('')).toBe('');
  });
});
