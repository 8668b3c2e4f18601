import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration';
import { parseDuration } from './parseDuration';

describe('formatDuration', () => {
  it.each([
    [0, '0 menit', '0 minutes'],
    [0.5, '< 1 menit', '< 1 minute'],
    [1, '1 menit', '1 minute'],
    [59.6, '1 jam', '1 hour'],
    [80, '1 jam 20 menit', '1 hour 20 minutes'],
    [450, '1 hari', '1 day'],
    [480, '1 hari 30 menit', '1 day 30 minutes'],
    [2 * 450 + 180, '2 hari 3 jam', '2 days 3 hours'],
    [121 * 450 + 61, '121 hari 1 jam 1 menit', '121 days 1 hour 1 minute'],
  ])('writes %d minutes as %j / %j', (minutes, id, en) => {
    expect(formatDuration(minutes, 'id')).toBe(id);
    expect(formatDuration(minutes, 'en')).toBe(en);
  });

  it('gives back what it reads', () => {
    for (const text of ['1 jam 20 menit', '2 hari 3 jam', '5 hari', '45 menit']) {
      expect(formatDuration(parseDuration(text)!.min, 'id')).toBe(text);
    }
  });
});
