import type { z } from 'zod/mini';
import {
  ErrorList,
  capErrors,
  fileError,
  jsonTypeOf,
  type FileError,
  type FileErrorCode,
  type PathSegment,
} from './fileErrors';
import { checkListBounds } from './listBounds';
import { checkReferences } from './references';
import { checkPlainTree } from './safeJson';
import { sopDocumentSchema } from './schema';
import type { SopDocument } from './types';

export type DocumentCheck = { ok: true; doc: SopDocument } | { ok: false; errors: FileError[] };

/** The value at `path` inside `root`, and whether the last key was present at all. */
function lookup(root: unknown, path: readonly PropertyKey[]): { value: unknown; present: boolean } {
  let value: unknown = root;
  let present = true;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      return { value: undefined, present: false };
    }
    value = (value as Record<PropertyKey, unknown>)[key];
    present = true;
  }
  return { value, present };
}

/** The value a message quotes; fileError cuts long ones, so only non-text needs wording here. */
function foundText(value: unknown): string {
  if (typeof value === 'string') return value;
  // An object or list can be megabytes of JSON; its type says enough.
  if (typeof value === 'object' && value !== null) return jsonTypeOf(value);
  return String(value);
}

/** Turns one zod issue into the file error a person can act on. */
function fromIssue(issue: z.core.$ZodIssue, raw: unknown): FileError {
  const path = issue.path.filter((k): k is PathSegment => typeof k !== 'symbol');
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const { value, present } = lookup(raw, path);
      if (!present || value === undefined) {
        return fileError(path, 'missing', { field: String(last ?? '') });
      }
      return fileError(path, 'wrongType', { expected: issue.expected, found: jsonTypeOf(value) });
    }
    case 'invalid_value':
      return fileError(path, 'notOneOf', {
        allowed: issue.values.map((v) => String(v)).join(', '),
        found: foundText(lookup(raw, path).value),
      });
    case 'too_big': {
      const count = lookup(raw, path).value;
      const length = typeof count === 'string' || Array.isArray(count) ? count.length : 0;
      if (issue.origin === 'string') {
        return fileError(path, 'textTooLong', { length, max: Number(issue.maximum) });
      }
      const code: FileErrorCode =
        last === 'actors'
          ? 'tooManyActors'
          : last === 'steps'
            ? 'tooManySteps'
            : last === 'flows'
              ? 'tooManyFlows'
              : 'tooManyItems';
      return fileError(path, code, { count: length, max: Number(issue.maximum) });
    }
    case 'too_small':
      if (last === 'symbols') return fileError(path, 'noSymbols');
      return fileError(path, 'invalid', { detail: issue.message });
    case 'custom': {
      const { fileCode, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      if (typeof fileCode === 'string') return fileError(path, fileCode as FileErrorCode, params);
      return fileError(path, 'invalid', { detail: issue.message });
    }
    default:
      return fileError(path, 'invalid', { detail: issue.message });
  }
}

/**
 * Validates a document value (the `sop` of an envelope, already migrated to the
 * current version): shapes, dates, limits, logo, ids and references. Returns the
 * document with unknown fields dropped and sheet defaults filled in. Collecting
 * stops once more errors than a refusal reports are found.
 */
export function validateDocument(value: unknown): DocumentCheck {
  const unsafe = checkPlainTree(value);
  if (unsafe.length > 0) return { ok: false, errors: capErrors(unsafe) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: [fileError([], 'wrongType', { expected: 'object', found: jsonTypeOf(value) })],
    };
  }
  const overlong = checkListBounds(value);
  if (overlong.length > 0) return { ok: false, errors: capErrors(overlong) };
  const parsed = sopDocumentSchema.safeParse(value);
  const errors = new ErrorList();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (errors.full) break;
      errors.add(fromIssue(issue, value));
    }
  }
  if (!errors.full) checkReferences(value, errors);
  if (errors.items.length > 0 || !parsed.success) return { ok: false, errors: errors.result() };
  return { ok: true, doc: parsed.data };
}
