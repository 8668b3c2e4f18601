import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../model/sample';
import { parseLibraryFile, serializeLibraryFile } from './libraryFile';
import { parseSopFile } from './sopFile';
import { fixtureTexts, validEnvelope } from './testDocs';

function fixtureDocs() {
  return fixtureTexts().map(([, text]) => {
    const result = parseSopFile(text);
    if (!result.ok) throw new Error('fixture refused');
    return result.doc;
  });
}

describe('library backup', () => {
  it('round-trips every fixture and the sample', () => {
    const docs = [...fixtureDocs(), sampleDocument()];
    const text = serializeLibraryFile(docs);
    const value = JSON.parse(text);
    expect(value.format).toBe('sop-ap-library');
    expect(value.version).toBe(1);
    expect(value.documents).toHaveLength(docs.length);
    expect(value.documents[0].format).toBe('sop-ap');
    expect(parseLibraryFile(text)).toEqual({ ok: true, docs });
  });

  it('round-trips an empty library', () => {
    expect(parseLibraryFile(serializeLibraryFile([]))).toEqual({ ok: true, docs: [] });
  });

  it('reports a bad document with its index', () => {
    const good = validEnvelope();
    const bad = validEnvelope();
    bad.sop.steps[0].symbols[0].actor = 'a9';
    const wrongVersion = { ...validEnvelope(), version: 7 };
    const text = JSON.stringify({
      format: 'sop-ap-library',
      version: 1,
      documents: [good, good, bad, wrongVersion],
    });
    const result = parseLibraryFile(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'documents[2].steps[0].symbols[0].actor',
          code: 'unknownActor',
          params: { id: 'a9' },
        },
        { path: 'documents[3].version', code: 'newerVersion', params: { version: 7, max: 1 } },
      ],
    });
  });

  it('refuses a single SOP given as a backup', () => {
    const result = parseLibraryFile(JSON.stringify(validEnvelope()));
    expect(result.ok ? null : result.errors[0]).toEqual({
      path: 'format',
      code: 'wrongFormat',
      params: { found: 'sop-ap', expected: 'sop-ap-library' },
    });
  });

  it.each([
    ['', 'empty', ''],
    ['{', 'notJsonAt', ''],
    ['[]', 'notObject', ''],
    ['{"format":"sop-ap-library","version":2,"documents":[]}', 'newerVersion', 'version'],
    ['{"format":"sop-ap-library","version":1}', 'missing', 'documents'],
    ['{"format":"sop-ap-library","version":1,"documents":{}}', 'wrongType', 'documents'],
    ['{"format":"sop-ap-library","version":1,"documents":[null]}', 'notObject', 'documents[0]'],
    [
      '{"format":"sop-ap-library","version":1,"documents":[],"__proto__":{}}',
      'forbiddenKey',
      '__proto__',
    ],
  ])('refuses %j', (text, code, path) => {
    const result = parseLibraryFile(text);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.objectContaining({ code, path }));
  });
});
