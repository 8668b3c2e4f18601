import { ErrorList, capErrors, fileError, jsonTypeOf, prefixErrors } from '../model/fileErrors';
import {
  CURRENT_VERSION,
  JSON_LIMITS,
  LIBRARY_FORMAT_NAME,
  LIBRARY_MAX_BYTES,
  LIMITS,
} from '../model/limits';
import { checkPlainTree, checkSize, parseJsonText, utf8Length } from '../model/safeJson';
import type { FiledDocument } from '../model/documentMeta';
import {
  FileWriteError,
  checkVersion,
  documentTooLargeError,
  lastResort,
  parseEnvelope,
  toEnvelope,
  type Refusal,
} from './sopFile';

/** A saved version in a backup: which document, when, why, and the document as it was then. */
export interface BackupVersion {
  key: string;
  docId: string;
  savedAt: string;
  note: string;
  kind: 'export' | 'manual';
  /** The envelope as JSON text, as the library keeps it. */
  raw: string;
}

export type LibraryParseResult =
  { ok: true; docs: FiledDocument[]; versions: BackupVersion[] } | Refusal;

export { LIBRARY_MAX_BYTES };

/** A backup may hold as much JSON structure as the ten files its size allows. */
const LIBRARY_JSON_LIMITS = {
  ...JSON_LIMITS,
  containers: (LIBRARY_MAX_BYTES / LIMITS.fileBytes) * JSON_LIMITS.containers,
};

/**
 * The size of one document inside a backup: its envelope as compact JSON, which is
 * what the document's own `.sop.json` file is at least. The reader and the writer
 * both measure this, so a backup the app writes is one it reads back, and a
 * document read from a backup could also be saved as a file on its own.
 */
function envelopeBytes(envelope: unknown): number {
  return utf8Length(JSON.stringify(envelope) ?? '');
}

export type LibraryWriteResult = { ok: true; text: string } | Refusal;

/**
 * Writes a backup of the whole library: `{format: 'sop-ap-library', version: 2,
 * documents: [envelope…]}` (each envelope with its document's id and last change), pretty-printed, or compact when the pretty text would
 * pass LIBRARY_MAX_BYTES. Refused, with one error per document at fault, when a
 * document is over the one-file limit (the reader would refuse it), or when even
 * the compact backup is over LIBRARY_MAX_BYTES.
 */
export function writeLibraryFile(
  docs: FiledDocument[],
  versions: readonly BackupVersion[] = [],
): LibraryWriteResult {
  const documents = docs.map(({ doc, meta }) => toEnvelope(doc, meta));
  const errors = new ErrorList();
  documents.forEach((envelope, i) => {
    const bytes = envelopeBytes(envelope);
    if (bytes > LIMITS.fileBytes) errors.add(documentTooLargeError(bytes, ['documents', i]));
  });
  if (errors.items.length > 0) return { ok: false, errors: errors.result() };
  // Each SOP's version history (Riwayat versi) goes with it; an old reader ignores the field.
  const history = versions.map(({ raw, ...rest }) => ({
    ...rest,
    file: JSON.parse(raw) as unknown,
  }));
  const backup = {
    format: LIBRARY_FORMAT_NAME,
    version: CURRENT_VERSION,
    documents,
    ...(history.length > 0 ? { versions: history } : {}),
  };
  const pretty = `${JSON.stringify(backup, null, 2)}\n`;
  if (checkSize(pretty, LIBRARY_MAX_BYTES).length === 0) return { ok: true, text: pretty };
  const compact = `${JSON.stringify(backup)}\n`;
  const tooBig = checkSize(compact, LIBRARY_MAX_BYTES);
  if (tooBig.length === 0) return { ok: true, text: compact };
  return { ok: false, errors: tooBig };
}

/** writeLibraryFile for callers that only handle text; throws FileWriteError when it refuses. */
export function serializeLibraryFile(
  docs: FiledDocument[],
  versions: readonly BackupVersion[] = [],
): string {
  const written = writeLibraryFile(docs, versions);
  if (!written.ok) throw new FileWriteError(written.errors);
  return written.text;
}

/** Reads a backup; a bad document is reported with its index (`documents[2].steps[0]…`). Never throws. */
export function parseLibraryFile(text: string): LibraryParseResult {
  return lastResort(() => {
    const tooBig = checkSize(text, LIBRARY_MAX_BYTES);
    if (tooBig.length > 0) return { ok: false, errors: tooBig };
    const json = parseJsonText(text, LIBRARY_JSON_LIMITS);
    if (!json.ok) return json;
    return parseLibraryValue(json.value);
  });
}

/** Same as parseLibraryFile on an already-parsed value; never throws. */
export function parseLibraryValue(value: unknown): LibraryParseResult {
  return lastResort(() => readBackup(value));
}

function readBackup(value: unknown): LibraryParseResult {
  const unsafe = checkPlainTree(value);
  if (unsafe.length > 0) return { ok: false, errors: capErrors(unsafe) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [fileError([], 'notObject', { found: jsonTypeOf(value) })] };
  }
  const backup = value as Record<string, unknown>;
  if (backup.format !== LIBRARY_FORMAT_NAME) {
    const found =
      typeof backup.format === 'string' ? backup.format : (JSON.stringify(backup.format) ?? '');
    return {
      ok: false,
      errors: [fileError(['format'], 'wrongFormat', { found, expected: LIBRARY_FORMAT_NAME })],
    };
  }
  const version = checkVersion(backup);
  if (typeof version !== 'number') return { ok: false, errors: version };
  const documents = backup.documents;
  if (!Array.isArray(documents)) {
    const found = jsonTypeOf(documents);
    const error =
      documents === undefined
        ? fileError(['documents'], 'missing', { field: 'documents' })
        : fileError(['documents'], 'wrongType', { expected: 'array', found });
    return { ok: false, errors: [error] };
  }
  const docs: FiledDocument[] = [];
  const errors = new ErrorList();
  for (let i = 0; i < documents.length && !errors.full; i++) {
    const envelope: unknown = documents[i];
    const bytes = envelopeBytes(envelope);
    if (bytes > LIMITS.fileBytes) {
      errors.add(documentTooLargeError(bytes, ['documents', i]));
      continue;
    }
    const result = parseEnvelope(envelope);
    if (result.ok) docs.push({ doc: result.doc, meta: result.meta });
    else errors.addAll(prefixErrors(['documents', i], result.errors));
  }
  const versions = readVersions(backup.versions, errors);
  if (errors.items.length > 0) return { ok: false, errors: errors.result() };
  return { ok: true, docs, versions };
}

/** The versions of a backup (none when it has no `versions`); a bad one is an error with its index. */
function readVersions(value: unknown, errors: ErrorList): BackupVersion[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.add(
      fileError(['versions'], 'wrongType', { expected: 'array', found: jsonTypeOf(value) }),
    );
    return [];
  }
  const out: BackupVersion[] = [];
  for (let i = 0; i < value.length && !errors.full; i++) {
    const v = value[i] as Record<string, unknown> | null;
    const text = (field: string) =>
      v && typeof v[field] === 'string' ? (v[field] as string) : null;
    const key = text('key');
    const docId = text('docId');
    const savedAt = text('savedAt');
    const note = text('note');
    const kind = text('kind');
    if (
      key === null ||
      docId === null ||
      savedAt === null ||
      note === null ||
      (kind !== 'export' && kind !== 'manual')
    ) {
      errors.add(
        fileError(['versions', i], 'invalid', {
          detail: 'key, docId, savedAt, note (text) and kind (export or manual)',
        }),
      );
      continue;
    }
    const read = parseEnvelope(v!.file);
    if (!read.ok) {
      errors.addAll(prefixErrors(['versions', i, 'file'], read.errors));
      continue;
    }
    out.push({ key, docId, savedAt, note, kind, raw: JSON.stringify(v!.file) });
  }
  return out;
}
