import { CURRENT_VERSION } from './limits';

/**
 * Why a file was refused: a code, the place in the document, and the values the
 * message needs. Messages live in `fileErrorMessages.ts` so the UI (Indonesian or
 * English) and the CLI (English) word them the same way.
 */
export type FileErrorCode =
  | 'empty'
  | 'notJson'
  | 'notJsonAt'
  | 'tooLarge'
  | 'documentTooLarge'
  | 'tooDeep'
  | 'forbiddenKey'
  | 'notPlainValue'
  | 'tooManyContainers'
  | 'tooManyKeyNames'
  | 'badEncoding'
  | 'unreadable'
  | 'notObject'
  | 'bareDocument'
  | 'isLibrary'
  | 'wrongFormat'
  | 'badVersion'
  | 'badDocumentId'
  | 'badDateTime'
  | 'newerVersion'
  | 'missing'
  | 'wrongType'
  | 'notOneOf'
  | 'badDate'
  | 'impossibleDate'
  | 'duplicateId'
  | 'unknownActor'
  | 'unknownSymbol'
  | 'tooManySteps'
  | 'tooManyActors'
  | 'tooManyItems'
  | 'tooManyFlows'
  | 'textTooLong'
  | 'noSymbols'
  | 'logoType'
  | 'logoBase64'
  | 'logoTooLarge'
  | 'logoNotImage'
  | 'logoTooManyPixels'
  | 'invalid'
  | 'moreErrors';

/** One reason a file was refused; `path` is like `steps[3].symbols[0].actor` ('' for the whole file). */
export interface FileError {
  path: string;
  code: FileErrorCode;
  params: Record<string, string | number>;
}

/** A place in a parsed JSON value: object keys and array indexes. */
export type PathSegment = string | number;

/** How many errors one refusal reports; a last `moreErrors` entry says there were more. */
export const MAX_REPORTED_ERRORS = 50;

/** Longest value (or key) a message quotes; a file's text can be megabytes long. */
export const MAX_QUOTED_CHARS = 60;

/** `text` cut to MAX_QUOTED_CHARS characters with "…", never splitting a surrogate pair. */
export function clipQuoted(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  let end = MAX_QUOTED_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path as `steps[3].symbols[0].actor`; odd keys are quoted (`["a b"]`), long ones cut. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment.length <= MAX_QUOTED_CHARS)
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(clipQuoted(segment))}]`;
  }
  return out;
}

/**
 * Builds a FileError from a path given as segments. Every text value is cut here,
 * the one place all errors pass, so no message can echo a multi-megabyte value.
 */
export function fileError(
  path: readonly PathSegment[],
  code: FileErrorCode,
  params: Record<string, string | number> = {},
): FileError {
  const clipped: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    clipped[name] = typeof value === 'string' ? clipQuoted(value) : value;
  }
  return { path: formatPath(path), code, params: clipped };
}

/** The refusal of a file or stored record written by a newer version of the format than this app reads. */
export function newerVersionError(
  version: number,
  path: readonly PathSegment[] = ['version'],
): FileError {
  return fileError(path, 'newerVersion', { version, max: CURRENT_VERSION });
}

/** The last-resort refusal when reading failed in a way no rule foresaw. */
export function unreadableError(): FileError {
  return fileError([], 'unreadable');
}

/**
 * Collects errors while a file is checked, keeping at most one more than can be
 * reported: a hostile file with millions of faults costs no more than one with 51,
 * and no caller ever spreads a huge array into `push`.
 */
export class ErrorList {
  readonly items: FileError[] = [];

  /** True once nothing more would be reported; checks stop walking the file then. */
  get full(): boolean {
    return this.items.length > MAX_REPORTED_ERRORS;
  }

  add(error: FileError): void {
    if (!this.full) this.items.push(error);
  }

  addAll(errors: Iterable<FileError>): void {
    for (const error of errors) {
      if (this.full) return;
      this.items.push(error);
    }
  }

  /** The errors as a refusal reports them. */
  result(): FileError[] {
    return capErrors(this.items);
  }
}

/** Puts `prefix` in front of every error's path (a document inside a library backup). */
export function prefixErrors(prefix: readonly PathSegment[], errors: FileError[]): FileError[] {
  const head = formatPath(prefix);
  if (head === '') return errors;
  return errors.map((e) => ({
    ...e,
    path: e.path === '' ? head : e.path.startsWith('[') ? head + e.path : `${head}.${e.path}`,
  }));
}

/**
 * Keeps the first MAX_REPORTED_ERRORS errors and says in one more entry that there
 * were others. Checks stop collecting early, so how many others is not known.
 */
export function capErrors(errors: FileError[]): FileError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: '', code: 'moreErrors', params: { shown: MAX_REPORTED_ERRORS } },
  ];
}

/** The JSON type name of a value, as messages print it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
