import { fileError, jsonTypeOf, type FileError, type PathSegment } from './fileErrors';
import { formatBytes } from './schema';

/*
 * The first line of defence for text and values that come from outside: size,
 * JSON syntax, and keys that could reach Object.prototype if any later code copied
 * them with plain assignment. JSON.parse itself never pollutes (it defines own
 * properties), but a refused file is the only way to be sure nothing downstream does.
 */

/** Keys refused anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Nesting deeper than this is refused; real files are about 5 levels deep. */
export const MAX_DEPTH = 64;

export type JsonParse = { ok: true; value: unknown } | { ok: false; errors: FileError[] };

/** UTF-8 byte length of `text`, without encoding when the answer is obvious. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses text longer than `maxBytes` of UTF-8. */
export function checkSize(text: string, maxBytes: number): FileError[] {
  // Every UTF-16 unit is at least one byte and at most three.
  if (text.length * 3 <= maxBytes) return [];
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes <= maxBytes) return [];
  return [fileError([], 'tooLarge', { size: formatBytes(bytes), max: formatBytes(maxBytes) })];
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** JSON.parse that reports where the syntax broke instead of throwing. */
export function parseJsonText(text: string): JsonParse {
  if (text.trim() === '') return { ok: false, errors: [fileError([], 'empty')] };
  try {
    // A byte-order mark is common in files saved by Windows editors.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    let position = at ? Number(at[1]) : null;
    if (position === null && /end of (JSON )?input/i.test(message)) position = text.length;
    if (position === null) return { ok: false, errors: [fileError([], 'notJson')] };
    const { line, column } = lineAndColumn(text, position);
    return { ok: false, errors: [fileError([], 'notJsonAt', { position, line, column })] };
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks a parsed value and refuses forbidden keys, non-JSON values (class
 * instances, functions, non-finite numbers) and excessive nesting.
 */
export function checkPlainTree(root: unknown): FileError[] {
  const errors: FileError[] = [];
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (errors.length > 200) return;
    // undefined is what an absent optional field looks like in a value built by code.
    if (value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        errors.push(fileError(path, 'notPlainValue', { found: String(value) }));
      return;
    }
    if (typeof value !== 'object') {
      errors.push(fileError(path, 'notPlainValue', { found: jsonTypeOf(value) }));
      return;
    }
    if (path.length >= MAX_DEPTH) {
      errors.push(fileError(path, 'tooDeep', { max: MAX_DEPTH }));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (!isPlainObject(value)) {
      const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
      errors.push(
        fileError(path, 'notPlainValue', { found: typeof name === 'string' ? name : 'object' }),
      );
      return;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) errors.push(fileError([...path, key], 'forbiddenKey', { key }));
      else visit((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(root, []);
  return errors;
}
