import { describe, expect, it } from 'vitest';
import { dictionary, translate } from './dictionary';
import { libraryStrings } from './strings/library';
import { messageStrings } from './strings/messages';
import { helpStrings } from './strings/help';
import { profileStrings } from './strings/profile';
import { historyStrings } from './strings/history';
import { problemMessages } from './strings/problemMessages';

const everyTable = {
  ...dictionary,
  ...libraryStrings,
  ...messageStrings,
  ...helpStrings,
  ...profileStrings,
  ...historyStrings,
  ...problemMessages,
};

describe('dictionary', () => {
  it('has non-empty text in both languages for every key', () => {
    for (const [key, entry] of Object.entries(everyTable)) {
      expect(entry.id.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
    }
  });

  it('uses the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(everyTable)) {
      expect(params(entry.en), key).toEqual(params(entry.id));
    }
  });

  it('keeps every key in one table only', () => {
    const keys = [
      ...Object.keys(libraryStrings),
      ...Object.keys(messageStrings),
      ...Object.keys(helpStrings),
      ...Object.keys(profileStrings),
      ...Object.keys(historyStrings),
      ...Object.keys(problemMessages),
    ];
    expect(keys.filter((key) => key in dictionary)).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('id', 'app.name')).toBe('Alir');
    expect(translate('en', 'common.cancel')).toBe('Cancel');
  });
});
