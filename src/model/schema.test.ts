import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64DecodedBytes,
  flowSchema,
  formatBytes,
  isCalendarDate,
  quickFlow,
  quickSymbol,
  symbolSchema,
} from './schema';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    ['02-06-2025', false],
    ['2025-06-02T00:00', false],
    // Year 0 is a leap year in the proleptic Gregorian calendar; 100 is not, 400 is.
    ['0000-02-29', true],
    ['0000-02-30', false],
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['0400-02-29', true],
    ['0099-12-31', true],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('agrees with the calendar for every day of any year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const date = new Date(Date.UTC(2000, month - 1, day));
          date.setUTCFullYear(year);
          const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isCalendarDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(exists);
        },
      ),
    );
  });
});

describe('base64DecodedBytes', () => {
  it('matches the decoded length of any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(base64DecodedBytes(text)).toBe(bytes.length);
      }),
    );
  });

  it.each(['', 'abc', 'ab$d', 'a===', 'ab=c', 'YWJj\nZGVm'])('refuses %j', (text) => {
    expect(base64DecodedBytes(text)).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [300 * 1024, '300 KiB'],
    [10 * 1024 * 1024, '10 MiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('the quick checks for flows and symbols', () => {
  // Flows and symbols come by the hundred thousand, so plainly valid ones skip zod; the quick
  // check must never accept what the schema refuses, nor answer differently.
  const field = fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.constantFrom('terminator', 'process', 'decision', 'x'.repeat(20_001)),
    fc.anything(),
  );
  const item = fc.oneof(
    fc.record(
      { id: field, from: field, to: field, label: field, extra: field },
      { requiredKeys: [] },
    ),
    fc.record({ id: field, shape: field, actor: field, x: field }, { requiredKeys: [] }),
    fc.anything(),
  );

  it('agree with the schema on any value', () => {
    fc.assert(
      fc.property(item, (value) => {
        for (const [quick, schema] of [
          [quickFlow, flowSchema],
          [quickSymbol, symbolSchema],
        ] as const) {
          const fast = quick(value);
          if (fast === undefined) continue;
          expect(schema.safeParse(value)).toEqual({ success: true, data: fast });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
