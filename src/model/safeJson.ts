import { ErrorList, fileError, jsonTypeOf, type FileError, type PathSegment } from './fileErrors';
import { JSON_LIMITS } from './limits';
import { formatSizeOver } from './schema';

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
  // Most files are plain ASCII, which a native regex scan confirms far faster than a loop.
  if (!/[^\p{ASCII}]/u.test(text)) return text.length;
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
  return [fileError([], 'tooLarge', formatSizeOver(bytes, maxBytes))];
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

/** How much structure a JSON text may hold before it is parsed (JSON_LIMITS for one SOP file). */
export interface JsonBounds {
  containers: number;
  keyNames: number;
  depth: number;
}

/**
 * A quick scan of the text before JSON.parse, which itself takes seconds on some
 * 10 MiB inputs (millions of `{}`, or of distinct field names). It counts objects
 * and lists, nesting and distinct key spellings outside strings; it does not check
 * the syntax (JSON.parse does), so broken text is only ever scanned, never trusted.
 */
export function checkJsonStructure(text: string, bounds: JsonBounds = JSON_LIMITS): FileError[] {
  const names = new Set<string>();
  let depth = 0;
  let containers = 0;
  // Where the last string's content starts and ends: a ':' after it makes it a key.
  let stringStart = -1;
  let stringEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      stringStart = i + 1;
      let end = text.indexOf('"', stringStart);
      // A quote after an odd run of backslashes is escaped and does not end the string.
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return [];
      stringEnd = end;
      i = end;
    } else if (c === 0x3a) {
      if (stringStart >= 0) names.add(text.slice(stringStart, stringEnd));
      stringStart = -1;
      if (names.size > bounds.keyNames) {
        return [fileError([], 'tooManyKeyNames', { max: bounds.keyNames })];
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      containers++;
      if (depth > bounds.depth) return [fileError([], 'tooDeep', { max: MAX_DEPTH })];
      if (containers > bounds.containers) {
        return [fileError([], 'tooManyContainers', { max: bounds.containers })];
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return [];
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; j >= 0 && text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * JSON.parse that reports where the syntax broke instead of throwing, after the
 * structure scan so a pathological text is refused before it is parsed.
 */
export function parseJsonText(text: string, bounds: JsonBounds = JSON_LIMITS): JsonParse {
  if (!/\S/.test(text)) return { ok: false, errors: [fileError([], 'empty')] };
  const structure = checkJsonStructure(text, bounds);
  if (structure.length > 0) return { ok: false, errors: structure };
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
 * instances, functions, non-finite numbers) and excessive nesting. One path array
 * is grown and shrunk as the walk goes (a copy only for an error), and the walk
 * stops once more errors than can be reported are found.
 */
export function checkPlainTree(root: unknown): FileError[] {
  const errors = new ErrorList();
  const path: PathSegment[] = [];
  const visit = (value: unknown): void => {
    // undefined is what an absent optional field looks like in a value built by code.
    if (value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        errors.add(fileError(path, 'notPlainValue', { found: String(value) }));
      return;
    }
    if (typeof value !== 'object') {
      errors.add(fileError(path, 'notPlainValue', { found: jsonTypeOf(value) }));
      return;
    }
    if (path.length >= MAX_DEPTH) {
      errors.add(fileError(path, 'tooDeep', { max: MAX_DEPTH }));
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !errors.full; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(value)) {
      const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
      errors.add(
        fileError(path, 'notPlainValue', { found: typeof name === 'string' ? name : 'object' }),
      );
      return;
    }
    for (const key of Object.keys(value)) {
      if (errors.full) return;
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) errors.add(fileError(path, 'forbiddenKey', { key }));
      else visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(root);
  return errors.items;
}
