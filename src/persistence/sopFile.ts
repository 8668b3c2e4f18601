import {
  capErrors,
  fileError,
  jsonTypeOf,
  newerVersionError,
  unreadableError,
  type FileError,
  type PathSegment,
} from '../model/fileErrors';
import { CURRENT_VERSION, FORMAT_NAME, LIBRARY_FORMAT_NAME, LIMITS } from '../model/limits';
import { checkListBounds } from '../model/listBounds';
import { migrate, type MigrationContext } from '../model/migrate';
import { newDocumentId, readDocumentMeta, type DocumentMeta } from '../model/documentMeta';
import { checkPlainTree, checkSize, parseJsonText, utf8Length } from '../model/safeJson';
import { formatSizeOver } from '../model/schema';
import { toFileDocument } from '../model/fileDocument';
import type { SopDocument } from '../model/types';
import { validateDocument } from '../model/validate';

export type { FileError, FileErrorCode } from '../model/fileErrors';
export { formatFileError } from '../model/fileErrorMessages';

/** A file (or value) that is not read, with the reasons. */
export type Refusal = { ok: false; errors: FileError[] };

/** A document read from a file, with who it is (its id and last change, format version 2). */
export type ParseResult = { ok: true; doc: SopDocument; meta: DocumentMeta } | Refusal;

/** How a reader fills in what an older file lacks; tests pass a fixed id maker. */
export type ReadOptions = Partial<MigrationContext>;

const readContext = (options: ReadOptions): MigrationContext => ({
  newId: options.newId ?? newDocumentId,
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the version field of an envelope, or the errors that stop reading. */
export function checkVersion(envelope: Record<string, unknown>): number | FileError[] {
  if (!Object.hasOwn(envelope, 'version'))
    return [fileError(['version'], 'missing', { field: 'version' })];
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return [
      fileError(['version'], 'badVersion', { found: JSON.stringify(version) ?? String(version) }),
    ];
  }
  if (version > CURRENT_VERSION) return [newerVersionError(version)];
  return version;
}

/** Validates an envelope whose tree is already known to be plain JSON. */
export function parseEnvelope(value: unknown, options: ReadOptions = {}): ParseResult {
  if (!isRecord(value)) {
    return { ok: false, errors: [fileError([], 'notObject', { found: jsonTypeOf(value) })] };
  }
  if (!Object.hasOwn(value, 'format')) {
    const bare = Object.hasOwn(value, 'identity') || Object.hasOwn(value, 'steps');
    return {
      ok: false,
      errors: [
        bare
          ? fileError([], 'bareDocument')
          : fileError(['format'], 'missing', { field: 'format' }),
      ],
    };
  }
  if (value.format !== FORMAT_NAME) {
    if (value.format === LIBRARY_FORMAT_NAME)
      return { ok: false, errors: [fileError([], 'isLibrary')] };
    const found = typeof value.format === 'string' ? value.format : JSON.stringify(value.format);
    return {
      ok: false,
      errors: [fileError(['format'], 'wrongFormat', { found, expected: FORMAT_NAME })],
    };
  }
  const version = checkVersion(value);
  if (typeof version !== 'number') return { ok: false, errors: version };
  if (!Object.hasOwn(value, 'sop'))
    return { ok: false, errors: [fileError(['sop'], 'missing', { field: 'sop' })] };
  const { format: _format, version: _version, ...fields } = value;
  const current = migrate(fields, version, undefined, undefined, readContext(options));
  const meta = readDocumentMeta(current);
  const sop = current.sop;
  if (!isRecord(sop)) {
    const typeError = fileError(['sop'], 'wrongType', {
      expected: 'object',
      found: jsonTypeOf(sop),
    });
    return { ok: false, errors: meta.ok ? [typeError] : [...meta.errors, typeError] };
  }
  const checked = validateDocument(sop);
  if (!meta.ok)
    return {
      ok: false,
      errors: capErrors([...meta.errors, ...(checked.ok ? [] : checked.errors)]),
    };
  return checked.ok ? { ...checked, meta: meta.meta } : checked;
}

/**
 * Runs a parse that is written never to throw, and turns an exception nobody
 * foresaw into a refusal anyway: whatever a file holds, the caller gets a result.
 */
export function lastResort<T>(parse: () => T): T | Refusal {
  try {
    return parse();
  } catch {
    return { ok: false, errors: [unreadableError()] };
  }
}

/** Checks an already-parsed envelope value `{format: 'sop-ap', version, sop}`; never throws. */
export function parseSopValue(value: unknown, options: ReadOptions = {}): ParseResult {
  return lastResort(() => {
    // A list far over its bound is refused before the whole tree is walked: a file
    // of five million list items is answered without visiting them.
    if (isRecord(value) && isRecord(value.sop)) {
      const overlong = checkListBounds(value.sop);
      if (overlong.length > 0) return { ok: false, errors: capErrors(overlong) };
    }
    const unsafe = checkPlainTree(value);
    if (unsafe.length > 0) return { ok: false, errors: capErrors(relativeToSop(unsafe)) };
    return parseEnvelope(value, options);
  });
}

/** Reads the text of a `.sop.json` file; never throws. */
export function parseSopFile(text: string, options: ReadOptions = {}): ParseResult {
  return lastResort(() => {
    const tooBig = checkSize(text, LIMITS.fileBytes);
    if (tooBig.length > 0) return { ok: false, errors: tooBig };
    const json = parseJsonText(text);
    if (!json.ok) return json;
    return parseSopValue(json.value, options);
  });
}

export type SerializeResult = { ok: true; text: string } | { ok: false; error: FileError };

/**
 * Writes the file text: a pretty-printed envelope of the current version, or the same envelope
 * as compact JSON when the pretty text would pass the file size limit (indentation
 * alone can add a third), so whatever is written can be opened again. A document
 * whose compact text is still over the limit is not written: the result names its
 * size, for the caller to show.
 */
export function writeSopFile(doc: SopDocument, meta?: DocumentMeta): SerializeResult {
  const envelope = toEnvelope(doc, meta);
  const pretty = `${JSON.stringify(envelope, null, 2)}\n`;
  if (checkSize(pretty, LIMITS.fileBytes).length === 0) return { ok: true, text: pretty };
  const compact = `${JSON.stringify(envelope)}\n`;
  if (checkSize(compact, LIMITS.fileBytes).length === 0) return { ok: true, text: compact };
  return { ok: false, error: documentTooLargeError(utf8Length(compact)) };
}

/** The refusal to write (or, in a backup, to read) a document over the one-file size limit. */
export function documentTooLargeError(bytes: number, path: PathSegment[] = []): FileError {
  return fileError(path, 'documentTooLarge', formatSizeOver(bytes, LIMITS.fileBytes));
}

/** Thrown by serializeSopFile for a document writeSopFile refuses. */
export class FileWriteError extends Error {
  constructor(readonly errors: FileError[]) {
    // Codes and places only: callers word the errors in the user's language (fileErrorMessages.ts),
    // which keeps the messages out of the first download.
    super(errors.map((e) => `${e.code}${e.path === '' ? '' : ` at ${e.path}`}`).join('; '));
    this.name = 'FileWriteError';
  }
}

/** writeSopFile for callers that only handle text; throws FileWriteError when it refuses. */
export function serializeSopFile(doc: SopDocument, meta?: DocumentMeta): string {
  const written = writeSopFile(doc, meta);
  if (!written.ok) throw new FileWriteError([written.error]);
  return written.text;
}

/** The envelope of one document, as files, backups and library records hold it. */
export interface Envelope {
  format: string;
  version: number;
  id: string;
  modified: string | null;
  sop: SopDocument;
}

/**
 * The envelope object of a document, with only the fields of the format. Without `meta`
 * the file is a new document: a fresh id, no time of change.
 */
export function toEnvelope(doc: SopDocument, meta?: DocumentMeta): Envelope {
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    id: meta?.id ?? newDocumentId(),
    modified: meta?.modified ?? null,
    sop: toFileDocument(doc),
  };
}

/** Paths inside `sop` are reported relative to the document, as the format's messages name them. */
function relativeToSop(errors: FileError[]): FileError[] {
  return errors.map((e) => {
    if (e.path === 'sop') return e;
    if (e.path.startsWith('sop.')) return { ...e, path: e.path.slice(4) };
    if (e.path.startsWith('sop[')) return { ...e, path: e.path.slice(3) };
    return e;
  });
}
