import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, DEFAULT_SHEET } from '../model/defaults';
import { MAX_REPORTED_ERRORS } from '../model/fileErrors';
import { newerVersionMessage } from '../model/fileErrorMessages';
import { LIMITS } from '../model/limits';
import {
  FileWriteError,
  formatFileError,
  parseSopFile,
  parseSopValue,
  serializeSopFile,
  toEnvelope,
  writeSopFile,
} from './sopFile';
import { bulkyDocument, fixtureTexts, validEnvelope } from './testDocs';

describe('fixtures', () => {
  it.each(fixtureTexts())('%s parses and round-trips', (_name, text) => {
    const first = parseSopFile(text);
    if (!first.ok) throw new Error(first.errors.map((e) => formatFileError(e, 'en')).join('\n'));
    expect(first.doc.steps.length).toBeGreaterThan(0);
    const again = parseSopFile(serializeSopFile(first.doc, first.meta));
    expect(again).toEqual({ ok: true, doc: first.doc, meta: first.meta });
  });

  it.each(fixtureTexts())('%s keeps what the file says', (_name, text) => {
    const raw = JSON.parse(text);
    const result = parseSopFile(text);
    expect(result.ok && result.doc.identity).toEqual(raw.sop.identity);
    expect(result.ok && result.doc.flows).toEqual(raw.sop.flows);
  });
});

describe('parseSopFile', () => {
  it('drops unknown fields at every level', () => {
    const env = validEnvelope();
    env.extra = 1;
    env.sop.editorState = { zoom: 2 };
    env.sop.identity.color = 'red';
    env.sop.steps[0].symbols[0].x = 10;
    env.sop.flows[0].points = [1, 2];
    const result = parseSopFile(JSON.stringify(env));
    if (!result.ok) throw new Error('refused');
    expect(result.doc).not.toHaveProperty('editorState');
    expect(result.doc.identity).not.toHaveProperty('color');
    expect(result.doc.steps[0]!.symbols[0]).toEqual({
      id: 'n1',
      shape: 'terminator',
      actor: 'a1',
    });
    expect(Object.keys(result.doc.flows[0]!).sort()).toEqual(['from', 'id', 'label', 'to']);
  });

  it('fills a missing sheet with the defaults', () => {
    const result = parseSopFile(JSON.stringify(validEnvelope()));
    expect(result.ok && result.doc.sheet).toEqual(DEFAULT_SHEET);
  });

  it('defaults sheet fields and labels one by one', () => {
    const env = validEnvelope();
    env.sop.sheet = { paper: 'F4', labels: { activity: 'Uraian Kegiatan' } };
    const result = parseSopFile(JSON.stringify(env));
    expect(result.ok && result.doc.sheet).toEqual({
      ...DEFAULT_SHEET,
      paper: 'F4',
      labels: { ...DEFAULT_LABELS, activity: 'Uraian Kegiatan' },
    });
  });

  it('keeps pageBreakBefore only where the file has it', () => {
    const env = validEnvelope();
    env.sop.steps[1].pageBreakBefore = true;
    const result = parseSopFile(JSON.stringify(env));
    if (!result.ok) throw new Error('refused');
    expect(result.doc.steps[1]!.pageBreakBefore).toBe(true);
    expect(result.doc.steps[0]).not.toHaveProperty('pageBreakBefore');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseSopFile(`\uFEFF${JSON.stringify(validEnvelope())}`).ok).toBe(true);
  });

  it('reports many errors at once', () => {
    const env = validEnvelope();
    env.sop.identity.name = 5;
    env.sop.identity.createdDate = '2025-02-30';
    env.sop.steps[1].symbols[0].actor = 'a9';
    env.sop.flows[0].to = 'nowhere';
    const result = parseSopFile(JSON.stringify(env));
    expect(result.ok ? [] : result.errors.map((e) => e.code).sort()).toEqual([
      'impossibleDate',
      'unknownActor',
      'unknownSymbol',
      'wrongType',
    ]);
  });

  it('caps a long list of errors and says there are more', () => {
    const env = validEnvelope();
    env.sop.steps = Array.from({ length: 100 }, (_, i) => ({
      id: `s${i}`,
      symbols: [],
    }));
    const result = parseSopFile(JSON.stringify(env));
    if (result.ok) throw new Error('accepted');
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    const last = result.errors[MAX_REPORTED_ERRORS]!;
    // 100 steps × (5 missing texts + no symbols) + 3 flows × 2 ends now dangling = 606,
    // but collecting stops after the first ones, so only "more" is known.
    expect(last).toEqual({
      path: '',
      code: 'moreErrors',
      params: { shown: MAX_REPORTED_ERRORS },
    });
    expect(formatFileError(last, 'en')).toBe('… and more errors; only the first 50 are listed');
  });

  it('names the JSON syntax error position', () => {
    const result = parseSopFile('{\n  "format": "sop-ap",\n  oops\n}');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          code: 'notJsonAt',
          params: expect.objectContaining({ line: 3, column: 3 }),
        },
      ],
    });
  });

  it('never pollutes Object.prototype', () => {
    const text =
      '{"format":"sop-ap","version":1,"sop":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}';
    const result = parseSopFile(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseSopValue', () => {
  it('accepts an already-parsed envelope', () => {
    const result = parseSopValue(validEnvelope());
    expect(result.ok && result.doc.identity.name).toBe('Pengelolaan Surat Masuk');
  });

  it('does not read fields from a prototype chain', () => {
    const sneaky = Object.create(validEnvelope()) as object;
    const result = parseSopValue(sneaky);
    expect(result.ok ? null : result.errors[0]?.code).toBe('notPlainValue');
  });

  it('refuses values JSON cannot hold', () => {
    const env = validEnvelope();
    env.sop.identity.createdDate = new Date();
    env.sop.steps[0].notes = () => 'x';
    const result = parseSopValue(env);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
      ['notPlainValue', 'identity.createdDate'],
      ['notPlainValue', 'steps[0].notes'],
    ]);
  });

  it('survives a cyclic value', () => {
    const env = validEnvelope();
    env.sop.self = env.sop;
    const result = parseSopValue(env);
    expect(result.ok ? null : result.errors[0]?.code).toBe('tooDeep');
  });

  it('does not change its input', () => {
    const env = validEnvelope();
    env.sop.extra = 1;
    const before = JSON.stringify(env);
    parseSopValue(env);
    expect(JSON.stringify(env)).toBe(before);
  });
});

describe('serializeSopFile', () => {
  it('writes a pretty version 2 envelope with only the format fields', () => {
    const parsed = parseSopValue(validEnvelope());
    if (!parsed.ok) throw new Error('refused');
    const doc = { ...parsed.doc, selection: ['n1'] } as typeof parsed.doc;
    const text = serializeSopFile(doc, { id: 'sop-7', modified: '2026-12-04T09:30:00.000Z' });
    const value = JSON.parse(text);
    expect(Object.keys(value)).toEqual(['format', 'version', 'id', 'modified', 'sop']);
    expect(value.format).toBe('sop-ap');
    expect(value.version).toBe(2);
    expect(value.id).toBe('sop-7');
    expect(value.modified).toBe('2026-12-04T09:30:00.000Z');
    expect(value.sop).not.toHaveProperty('selection');
    expect(Object.keys(value.sop)).toEqual(['identity', 'actors', 'steps', 'flows', 'sheet']);
    expect(text).toContain('\n  "version": 2,\n');
  });

  it('gives a document written without who it is a fresh id and no time of change', () => {
    const parsed = parseSopValue(validEnvelope());
    if (!parsed.ok) throw new Error('refused');
    const a = JSON.parse(serializeSopFile(parsed.doc));
    const b = JSON.parse(serializeSopFile(parsed.doc));
    expect(a.id).toMatch(/\S/);
    expect(a.id).not.toBe(b.id);
    expect(a.modified).toBeNull();
  });
});

describe('what the app writes it reads back', () => {
  const limit = LIMITS.fileBytes;
  const META = { id: 'c1d2e3f4-0000-4000-8000-000000000001', modified: '2026-12-04T09:30:00.000Z' };

  it('writes compact JSON when the pretty text would pass the size limit', () => {
    const doc = bulkyDocument(limit - 100);
    expect(JSON.stringify(toEnvelope(doc), null, 2).length).toBeGreaterThan(limit);
    const text = serializeSopFile(doc, META);
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(text).not.toContain('\n  ');
    expect(parseSopFile(text)).toEqual({ ok: true, doc, meta: META });
  });

  it('still pretty-prints a document well under the limit', () => {
    const doc = bulkyDocument(limit / 2);
    const text = serializeSopFile(doc, META);
    expect(text).toContain('\n  "version": 2,\n');
    expect(parseSopFile(text)).toEqual({ ok: true, doc, meta: META });
  });

  it('refuses to write a document whose compact text is over the limit, naming its size', () => {
    const doc = bulkyDocument(limit + 1000);
    const written = writeSopFile(doc);
    expect(written).toEqual({
      ok: false,
      error: {
        path: '',
        code: 'documentTooLarge',
        params: { size: '10241 KiB', max: '10240 KiB' },
      },
    });
    if (!written.ok) {
      expect(formatFileError(written.error, 'en')).toBe(
        'this SOP is too large (10241 KiB); one SOP may be at most 10240 KiB. Shorten long texts or split the SOP',
      );
    }
    expect(() => serializeSopFile(doc)).toThrow(FileWriteError);
  });
});

describe('formatFileError', () => {
  const error = {
    path: 'steps[3].symbols[0].actor',
    code: 'unknownActor',
    params: { id: 'a9' },
  } as const;

  it('words a dangling actor in both languages', () => {
    expect(formatFileError(error, 'en')).toBe(
      "Step 4, symbol 1, actor: no actor with id 'a9' (steps[3].symbols[0].actor)",
    );
    expect(formatFileError(error, 'id')).toBe(
      "Langkah 4, simbol 1, pelaksana: tidak ada pelaksana dengan id 'a9' (steps[3].symbols[0].actor)",
    );
  });

  it('words a newer version in both languages', () => {
    const result = parseSopFile('{"format":"sop-ap","version":3,"sop":{}}');
    if (result.ok) throw new Error('accepted');
    const [e] = result.errors;
    expect(formatFileError(e!, 'en')).toBe(
      'version: made by a newer version of Alir (format version 3), and this app reads only up to format version 2. Update Alir to its newest version (reload the page), then open it again',
    );
    expect(formatFileError(e!, 'id')).toBe(
      'version: dibuat oleh versi Alir yang lebih baru (format versi 3), sedangkan aplikasi ini hanya membaca sampai format versi 2. Perbarui Alir ke versi terbaru (muat ulang halaman), lalu buka lagi',
    );
  });

  it('gives the library the same words for a stored record of a newer version', () => {
    expect(newerVersionMessage(3, 'en')).toBe(
      'made by a newer version of Alir (format version 3), and this app reads only up to format version 2. Update Alir to its newest version (reload the page), then open it again',
    );
    expect(newerVersionMessage(3, 'id')).toMatch(/^dibuat oleh versi Alir yang lebih baru/);
  });

  it('names JSON types in the reader’s language', () => {
    const e = {
      path: 'identity.name',
      code: 'wrongType',
      params: { expected: 'string', found: 'number' },
    } as const;
    expect(formatFileError(e, 'en')).toBe('SOP name: must be text, not a number (identity.name)');
    expect(formatFileError(e, 'id')).toBe(
      'Nama SOP: harus berupa teks, bukan angka (identity.name)',
    );
  });

  it('leaves out the place for errors about the whole file', () => {
    expect(formatFileError({ path: '', code: 'empty', params: {} }, 'en')).toBe(
      'the file is empty',
    );
    expect(formatFileError({ path: '', code: 'empty', params: {} }, 'id')).toBe('berkas kosong');
  });

  it('reports the size of a file that is too large', () => {
    const result = parseSopFile(' '.repeat(11 * 1024 * 1024));
    if (result.ok) throw new Error('accepted');
    expect(formatFileError(result.errors[0]!, 'en')).toBe(
      'the file is too large (11 MiB); the limit is 10 MiB',
    );
  });
});
