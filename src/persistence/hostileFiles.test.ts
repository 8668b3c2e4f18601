import { LIMITS } from '../model/limits';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ERRORS } from '../model/fileErrors';
import { formatFileError } from '../model/fileErrorMessages';
import { HOSTILE_FILES } from './hostileFiles';
import { parseLibraryFile, parseLibraryValue } from './libraryFile';
import { parseSopFile, parseSopValue, type ParseResult } from './sopFile';
import { validEnvelope } from './testDocs';

/**
 * The processor time parsing `text` takes, the best of up to three tries. Processor
 * time, not wall time: the machine running the suite is shared, and other processes
 * can stall a wall clock for seconds. The wall clock still catches a freeze.
 */
function parseTime(
  text: string,
  bound: number,
): { cpuMs: number; wallMs: number; result: ParseResult } {
  let cpuMs = Infinity;
  let wallMs = Infinity;
  let result: ParseResult | null = null;
  for (let attempt = 0; attempt < 3 && cpuMs > bound; attempt++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = parseSopFile(text);
    wallMs = Math.min(wallMs, performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { cpuMs, wallMs, result: result as ParseResult };
}

describe('hostile files near the 10 MiB limit', () => {
  it.each(HOSTILE_FILES)(
    '%s: answered without throwing, in under a second',
    (_name, build) => {
      const text = build();
      const { cpuMs, wallMs, result } = parseTime(text, 1000);
      expect(cpuMs).toBeLessThan(1000);
      expect(wallMs).toBeLessThan(10_000);
      if (result.ok) return;
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS + 1);
      // No message echoes more than a short piece of the file.
      for (const error of result.errors) {
        expect(formatFileError(error, 'en').length).toBeLessThan(400);
      }
    },
    30_000,
  );
});

describe('the parsers never throw', () => {
  /** An envelope whose `sop.identity` throws when read, as a value built by code might. */
  function throwingValue() {
    const env = validEnvelope();
    Object.defineProperty(env.sop, 'identity', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    return env;
  }

  it('turns an exception nobody foresaw into "cannot be read"', () => {
    expect(parseSopValue(throwingValue())).toEqual({
      ok: false,
      errors: [{ path: '', code: 'unreadable', params: {} }],
    });
    const backup = { format: 'sop-ap-library', version: 1, documents: [throwingValue()] };
    expect(parseLibraryValue(backup)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'unreadable', params: {} }],
    });
    expect(formatFileError({ path: '', code: 'unreadable', params: {} }, 'en')).toBe(
      'the file cannot be read',
    );
    expect(formatFileError({ path: '', code: 'unreadable', params: {} }, 'id')).toBe(
      'berkas tidak dapat dibaca',
    );
  });

  it('survives a proxy that throws on every trap', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        ownKeys: () => {
          throw new Error('keys');
        },
        getPrototypeOf: () => {
          throw new Error('proto');
        },
      },
    );
    expect(parseSopValue(hostile)).toMatchObject({ ok: false });
    expect(parseLibraryValue(hostile)).toMatchObject({ ok: false });
  });

  it('reads a backup whose documents are hostile without throwing', () => {
    const broken = validEnvelope();
    // As many as the format allows, each naming nothing: thousands of errors, 51 reported.
    broken.sop.flows = Array.from({ length: LIMITS.flows }, (_, i) => ({
      id: `q${i}`,
      from: 'zz',
      to: 'zz',
      label: '',
    }));
    const text = JSON.stringify({
      format: 'sop-ap-library',
      version: 1,
      documents: [validEnvelope(), broken, ...Array.from({ length: 100_000 }, () => null)],
    });
    const result = parseLibraryFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(result.errors[0]).toMatchObject({ path: 'documents[1].flows[0].from' });
  });

  it('refuses 150,000 flows by their count, before looking at each', () => {
    const env = validEnvelope();
    env.sop.flows = Array.from({ length: 150_000 }, (_, i) => ({
      id: `q${i}`,
      from: 'zz',
      to: 'zz',
      label: '',
    }));
    const result = parseSopFile(JSON.stringify(env));
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'flows', code: 'tooManyFlows', params: { count: 150_000, max: LIMITS.flows } },
      ],
    });
  });

  it('refuses the most flows the format allows, all naming no symbol, with the first errors, not a stack overflow', () => {
    const env = validEnvelope();
    env.sop.flows = Array.from({ length: LIMITS.flows }, (_, i) => ({
      id: `q${i}`,
      from: 'zz',
      to: 'zz',
      label: '',
    }));
    const result = parseSopFile(JSON.stringify(env));
    expect(result.ok ? [] : result.errors.slice(0, 2)).toEqual([
      { path: 'flows[0].from', code: 'unknownSymbol', params: { id: 'zz' } },
      { path: 'flows[0].to', code: 'unknownSymbol', params: { id: 'zz' } },
    ]);
  });
});

describe('list bounds are checked before the schema walks a list', () => {
  it.each(['organization', 'records'])('identity.%s with 130,000 numbers', (field) => {
    const env = validEnvelope();
    env.sop.identity[field] = Array.from({ length: 130_000 }, () => 7);
    const result = parseSopFile(JSON.stringify(env));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: `identity.${field}`,
          code: 'tooManyItems',
          params: { count: 130_000, max: 1000 },
        },
      ],
    });
  });

  it('a step with more than 100 symbols', () => {
    const env = validEnvelope();
    env.sop.steps[1].symbols = Array.from({ length: 101 }, (_, i) => ({
      id: `y${i}`,
      shape: 'process',
      actor: 'a1',
    }));
    const result = parseSopFile(JSON.stringify(env));
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'steps[1].symbols', code: 'tooManyItems', params: { count: 101, max: 100 } },
      ],
    });
    if (!result.ok) {
      expect(formatFileError(result.errors[0]!, 'en')).toBe(
        'steps[1].symbols: the list is too long (101 items); the limit is 100',
      );
    }
  });

  it('100 symbols in a step and 1,000 lines in a list are still fine', () => {
    const env = validEnvelope();
    env.sop.steps[1].symbols = Array.from({ length: 100 }, (_, i) => ({
      id: `y${i}`,
      shape: 'process',
      actor: 'a1',
    }));
    env.sop.flows = [];
    env.sop.identity.legalBasis = Array.from({ length: 1000 }, (_, i) => `Peraturan ${i}`);
    expect(parseSopFile(JSON.stringify(env)).ok).toBe(true);
  });
});

describe('messages quote at most about 60 characters of a value', () => {
  it('cuts a long wrong value and a long key', () => {
    const env = validEnvelope();
    env.sop.steps[0].symbols[0].shape = 'z'.repeat(1_000_000);
    env.sop.steps[0].symbols[0].actor = 'y'.repeat(1_000_000);
    env.sop.identity.createdDate = 'x'.repeat(1_000_000);
    const result = parseSopFile(JSON.stringify(env));
    if (result.ok) throw new Error('accepted');
    for (const error of result.errors) {
      for (const value of Object.values(error.params)) {
        expect(String(value).length).toBeLessThanOrEqual(61);
      }
    }
    expect(result.errors).toContainEqual({
      path: 'identity.createdDate',
      code: 'badDate',
      params: { found: `${'x'.repeat(60)}…` },
    });
  });

  it('cuts a long key in a place', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 70; i++) {
      const next = {};
      at['k'.repeat(100_000)] = next;
      at = next;
    }
    const env = validEnvelope();
    env.sop.extra = deep;
    const result = parseSopFile(JSON.stringify(env));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path.length).toBeLessThan(64 * 70);
  });

  it('never cuts a character in half', () => {
    const env = validEnvelope();
    env.sop.identity.createdDate = `${'x'.repeat(59)}😀${'y'.repeat(100)}`;
    const result = parseSopFile(JSON.stringify(env));
    expect(result.ok ? null : result.errors[0]!.params.found).toBe(`${'x'.repeat(59)}…`);
  });
});
