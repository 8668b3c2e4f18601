import { CURRENT_VERSION } from './limits';

/**
 * One migration: turns the `sop` value of version `from` into version `from + 1`.
 * It receives an untrusted, unvalidated value and must not throw on odd shapes;
 * validation runs after the last migration.
 */
export interface Migration {
  from: number;
  up: (sop: unknown) => unknown;
}

/**
 * The migrations of the format, oldest first. Version 1 is the first version, so
 * the table is empty; version 2 adds `{ from: 1, up: (sop) => … }` here.
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings a `sop` value written as `fromVersion` up to `target` (the current version).
 * Throws a RangeError for a version below 1, not an integer, newer than `target`, or
 * with a gap in the table; the file parser checks the version first and never hits it.
 */
export function migrate(
  value: unknown,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new RangeError(`cannot migrate from version ${String(fromVersion)}`);
  }
  if (fromVersion > target) {
    throw new RangeError(`version ${fromVersion} is newer than ${target}`);
  }
  let current = value;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new RangeError(`no migration from version ${version}`);
    current = step.up(current);
  }
  return current;
}
