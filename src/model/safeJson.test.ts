import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ERRORS } from './fileErrors';
import { checkJsonStructure, checkPlainTree, parseJsonText, utf8Length } from './safeJson';

const bounds = { containers: 3, keyNames: 2, depth: 2 };

describe('checkJsonStructure', () => {
  it('counts objects and lists, but not brackets inside strings', () => {
    expect(checkJsonStructure('[[],{}]', bounds)).toEqual([]);
    expect(checkJsonStructure('["[[[[", "{{{{", "\\"[[[["]', bounds)).toEqual([]);
    expect(checkJsonStructure('[[],{},[]]', bounds)).toEqual([
      { path: '', code: 'tooManyContainers', params: { max: 3 } },
    ]);
  });

  it('refuses nesting past its bound', () => {
    expect(checkJsonStructure('[[]]', bounds)).toEqual([]);
    expect(checkJsonStructure('[[[]]]', bounds)).toMatchObject([{ code: 'tooDeep' }]);
  });

  it('counts distinct key spellings, not string values or repeated keys', () => {
    expect(checkJsonStructure('[{"a":"x","b":"y"},{"a":"z","b":"w"}]', bounds)).toEqual([]);
    expect(checkJsonStructure('{"a":"b","c":"d","e":1}', bounds)).toEqual([
      { path: '', code: 'tooManyKeyNames', params: { max: 2 } },
    ]);
    // An escaped quote does not end a key; a backslash before the quote does not escape it.
    expect(checkJsonStructure('{"a\\"":1,"b\\\\":2}', bounds)).toEqual([]);
  });

  it('only scans broken text, leaving the verdict to JSON.parse', () => {
    expect(checkJsonStructure('{"a', bounds)).toEqual([]);
    expect(checkJsonStructure(']]]}}}', bounds)).toEqual([]);
  });
});

describe('parseJsonText', () => {
  it('refuses too much structure before parsing', () => {
    const text = `[${'{},'.repeat(600_000)}{}]`;
    expect(parseJsonText(text)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'tooManyContainers', params: { max: 500_000 } }],
    });
  });

  it('refuses a file of millions of distinct field names before parsing', () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `"k${i}":0`).join(',');
    expect(parseJsonText(`{${keys}}`)).toMatchObject({
      ok: false,
      errors: [{ code: 'tooManyKeyNames' }],
    });
  });
});

describe('checkPlainTree', () => {
  it('stops collecting once more errors are found than are reported', () => {
    const value = Array.from({ length: 100_000 }, () => ({ __proto__: null, constructor: 1 }));
    const errors = checkPlainTree(JSON.parse(JSON.stringify(value)));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors[0]).toEqual({
      path: '[0].constructor',
      code: 'forbiddenKey',
      params: { key: 'constructor' },
    });
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['a😀é', 7],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
