import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from './limits';
import { MIGRATIONS, migrate, type Migration } from './migrate';

const context = { newId: () => 'fresh-id' };

describe('migrate', () => {
  it('leaves a current envelope as it is', () => {
    const envelope = { id: 'x', modified: null, sop: { identity: {}, steps: [] } };
    expect(migrate(envelope, CURRENT_VERSION)).toBe(envelope);
  });

  it('gives a version 1 file a fresh id and an unknown time of change, and keeps its document', () => {
    const sop = { identity: { name: 'Surat Masuk' }, steps: [] };
    expect(migrate({ sop }, 1, MIGRATIONS, 2, context)).toEqual({
      sop,
      id: 'fresh-id',
      modified: null,
    });
  });

  it('gives two readings of one version 1 file two ids (it never had one)', () => {
    let n = 0;
    const counting = { newId: () => `id-${++n}` };
    const a = migrate({ sop: {} }, 1, MIGRATIONS, 2, counting);
    const b = migrate({ sop: {} }, 1, MIGRATIONS, 2, counting);
    expect(a.id).not.toBe(b.id);
  });

  it('replaces an id a version 1 file carried outside the format', () => {
    expect(migrate({ sop: {}, id: 42 }, 1, MIGRATIONS, 2, context).id).toBe('fresh-id');
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
      { from: 2, up: (v) => ({ ...v, two: true }) },
      { from: 1, up: (v) => ({ ...v, one: true, order: Object.keys(v) }) },
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
