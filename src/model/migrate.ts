import { CURRENT_VERSION } from './limits';
import { newDocumentId } from './documentMeta';

/** What a migration may need from outside the file: a fresh document id. */
export interface MigrationContext {
  newId: () => string;
}

/**
 * One migration: turns an envelope of version `from` (its fields other than `format`
 * and `version`: `sop`, and from version 2 `id` and `modified`) into version `from + 1`.
 * It receives an untrusted, unvalidated value and must not throw on odd shapes;
 * validation runs after the last migration.
 */
export interface Migration {
  from: number;
  up: (envelope: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>;
}

/**
 * The migrations of the format, oldest first.
 * 1 → 2: the envelope gains the document's identity. A version 1 file never had one, so it
 * gets a fresh id (opening the same version 1 file twice gives two entries, as it did), and
 * its last change is unknown.
 */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, up: (envelope, { newId }) => ({ ...envelope, id: newId(), modified: null }) },
];

/**
 * Brings an envelope written as `fromVersion` up to `target` (the current version).
 * Throws a RangeError for a version below 1, not an integer, newer than `target`, or
 * with a gap in the table; the file parser checks the version first and never hits it.
 */
export function migrate(
  envelope: Record<string, unknown>,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
  context: MigrationContext = { newId: newDocumentId },
): Record<string, unknown> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new RangeError(`cannot migrate from version ${String(fromVersion)}`);
  }
  if (fromVersion > target) {
    throw new RangeError(`version ${fromVersion} is newer than ${target}`);
  }
  let current = envelope;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new RangeError(`no migration from version ${version}`);
    current = step.up(current, context);
  }
  return current;
}
