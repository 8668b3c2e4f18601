import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../model/sample';
import { LIMITS } from '../model/limits';
import {
  LIBRARY_MAX_BYTES,
  parseLibraryFile,
  serializeLibraryFile,
  writeLibraryFile,
} from './libraryFile';
import { FileWriteError, parseSopFile, toEnvelope } from './sopFile';
import { bulkyDocument, fixtureTexts, validEnvelope } from './testDocs';
import type { FiledDocument } from '../model/documentMeta';
import type { SopDocument } from '../model/types';

/** Documents as a backup holds them: each with an id of its own and a time of change. */
const filedAll = (docs: SopDocument[]): FiledDocument[] =>
  docs.map((doc, i) => ({ doc, meta: { id: `doc-${i}`, modified: '2026-12-04T10:00:00.000Z' } }));

function fixtureDocs() {
  return fixtureTexts().map(([, text]) => {
    const result = parseSopFile(text);
    if (!result.ok) throw new Error('fixture refused');
    return result.doc;
  });
}

describe('library backup', () => {
  it('round-trips every fixture and the sample', () => {
    const docs = filedAll([...fixtureDocs(), sampleDocument()]);
    const text = serializeLibraryFile(docs);
    const value = JSON.parse(text);
    expect(value.format).toBe('sop-ap-library');
    expect(value.version).toBe(2);
    expect(value.documents).toHaveLength(docs.length);
    expect(value.documents[0].format).toBe('sop-ap');
    expect(parseLibraryFile(text)).toEqual({ ok: true, docs, versions: [] });
  });

  it('round-trips an empty library', () => {
    expect(parseLibraryFile(serializeLibraryFile([]))).toEqual({
      ok: true,
      docs: [],
      versions: [],
    });
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
        { path: 'documents[3].version', code: 'newerVersion', params: { version: 7, max: 2 } },
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
    ['{"format":"sop-ap-library","version":3,"documents":[]}', 'newerVersion', 'version'],
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

describe('what the app writes as a backup it reads back', () => {
  const nearLimit = bulkyDocument(LIMITS.fileBytes - 100);

  it('carries each document’s saved versions, and refuses a broken one by its place', () => {
    const docs = filedAll([sampleDocument()]);
    const version = {
      key: 'doc-0:2026-12-04T10:00:00.000Z:ab',
      docId: 'doc-0',
      savedAt: '2026-12-04T10:00:00.000Z',
      note: 'Revisi 2026',
      kind: 'manual' as const,
      raw: JSON.stringify(toEnvelope(sampleDocument(), { id: 'doc-0', modified: null })),
    };
    const text = serializeLibraryFile(docs, [version]);
    const read = parseLibraryFile(text);
    expect(read.ok && read.versions).toEqual([version]);
    const broken = JSON.parse(text);
    broken.versions[0].file.sop.steps = 'x';
    const refused = parseLibraryFile(JSON.stringify(broken));
    expect(refused.ok || refused.errors[0]!.path).toMatch(/^versions\[0\]\.file\.steps/);
    // A backup without versions (an older Alir's) reads with none.
    const plain = parseLibraryFile(serializeLibraryFile(docs));
    expect(plain.ok && plain.versions).toEqual([]);
  });

  it('reads back a backup of several documents each just under the one-file limit', () => {
    const docs = filedAll([nearLimit, nearLimit, sampleDocument(), nearLimit]);
    const text = serializeLibraryFile(docs);
    expect(text.length).toBeGreaterThan(3 * LIMITS.fileBytes);
    expect(parseLibraryFile(text)).toEqual({ ok: true, docs, versions: [] });
  });

  it('writes compact JSON when the pretty backup would pass its size limit', () => {
    // Ten near-limit documents fit compact (just under 100 MiB) but not with indentation.
    const docs = filedAll(Array.from({ length: 10 }, () => nearLimit));
    const text = serializeLibraryFile(docs);
    expect(text.length).toBeLessThanOrEqual(LIBRARY_MAX_BYTES);
    expect(text.startsWith('{"format":"sop-ap-library","version":2,"documents":[')).toBe(true);
    const read = parseLibraryFile(text);
    expect(read.ok && read.docs.length).toBe(10);
  }, 30_000);

  it('refuses to write a document the reader would refuse, naming it', () => {
    const tooBig = bulkyDocument(LIMITS.fileBytes + 1000);
    expect(writeLibraryFile(filedAll([sampleDocument(), tooBig]))).toEqual({
      ok: false,
      errors: [
        {
          path: 'documents[1]',
          code: 'documentTooLarge',
          params: { size: '10241 KiB', max: '10240 KiB' },
        },
      ],
    });
    expect(() => serializeLibraryFile(filedAll([tooBig]))).toThrow(FileWriteError);
  });

  it('applies the one-file limit to each document of a backup it reads', () => {
    const tooBig = bulkyDocument(LIMITS.fileBytes + 1000);
    const text = JSON.stringify({
      format: 'sop-ap-library',
      version: 1,
      documents: [toEnvelope(sampleDocument()), toEnvelope(tooBig)],
    });
    expect(parseLibraryFile(text)).toEqual({
      ok: false,
      errors: [
        {
          path: 'documents[1]',
          code: 'documentTooLarge',
          params: { size: '10241 KiB', max: '10240 KiB' },
        },
      ],
    });
  });
});
