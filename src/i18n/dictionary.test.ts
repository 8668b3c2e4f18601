import { describe, expect, it } from 'vitest';
import { dictionary, translate } from './dictionary';

describe('dictionary', () => {
  it('has non-empty text in both languages for every key', () => {
    for (const [key, entry] of Object.entries(dictionary)) {
      expect(entry.id.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
    }
  });

  it('uses the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(dictionary)) {
      expect(params(entry.en), key).toEqual(params(entry.id));
    }
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('id', 'app.name')).toBe('Alir');
    expect(translate('en', 'common.cancel')).toBe('Cancel');
  });
});
