import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from './limits';
import { MIGRATIONS, migrate, type Migration } from './migrate';

describe('migrate', () => {
  it('leaves a version 1 document as it is', () => {
    const sop = { identity: {}, steps: [] };
    expect(migrate(sop, 1)).toBe(sop);
  });

  it('has one migration for every version below the current one', () => {
    const froms = MIGRATIONS.map((m) => m.from);
    expect(froms).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses version %s', (version) => {
    expect(() => migrate({}, version)).toThrow(RangeError);
  });

  it('refuses a version newer than the app', () => {
    expect(() => migrate({}, CURRENT_VERSION + 1)).toThrow(RangeError);
  });

  it('runs a chain of migrations in order', () => {
    const chain: Migration[] = [
      { from: 2, up: (v) => ({ ...(v as object), two: true }) },
      { from: 1, up: (v) => ({ ...(v as object), one: true, order: Object.keys(v as object) }) },
    ];
    expect(migrate({ start: 0 }, 1, chain, 3)).toEqual({
      start: 0,
      one: true,
      order: ['start'],
      two: true,
    });
    expect(migrate({ start: 0 }, 2, chain, 3)).toEqual({ start: 0, two: true });
  });

  it('refuses a gap in the table', () => {
    const chain: Migration[] = [{ from: 1, up: (v) => v }];
    expect(() => migrate({}, 1, chain, 3)).toThrow(/from version 2/);
  });
});
