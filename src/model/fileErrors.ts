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
  | 'tooDeep'
  | 'forbiddenKey'
  | 'notPlainValue'
  | 'notObject'
  | 'bareDocument'
  | 'isLibrary'
  | 'wrongFormat'
  | 'badVersion'
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
  | 'tooManyFlows'
  | 'textTooLong'
  | 'noSymbols'
  | 'logoType'
  | 'logoBase64'
  | 'logoTooLarge'
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

/** How many errors one refusal reports; the rest are counted in a last `moreErrors` entry. */
export const MAX_REPORTED_ERRORS = 50;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path as `steps[3].symbols[0].actor`; odd keys are quoted (`["a b"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Builds a FileError from a path given as segments. */
export function fileError(
  path: readonly PathSegment[],
  code: FileErrorCode,
  params: Record<string, string | number> = {},
): FileError {
  return { path: formatPath(path), code, params };
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

/** Keeps the first MAX_REPORTED_ERRORS errors and counts the others in one more entry. */
export function capErrors(errors: FileError[]): FileError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: '', code: 'moreErrors', params: { count: rest } },
  ];
}

/** The JSON type name of a value, as messages print it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
