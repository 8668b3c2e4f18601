import { fileError, type FileError } from './fileErrors';
import type { SopDocument } from './types';

/**
 * Who a document is, apart from what it says (format version 2): a stable `id`, kept by
 * every copy of the file and by the library entry it is stored under, and the time of its
 * last change. Two files with one id are two versions of one SOP; "keep both" gives the
 * second a new id.
 */
export interface DocumentMeta {
  id: string;
  /** ISO 8601 date and time of the last change; null when unknown (a version 1 file). */
  modified: string | null;
}

/** Longest document id the format accepts: a UUID is 36 characters. */
export const MAX_DOCUMENT_ID_CHARS = 100;

/**
 * Any printable text: ids are opaque (the app writes UUIDs, and a library entry's key, whatever
 * an older version chose, becomes its id), but a control character or an empty id is a mistake.
 */
// eslint-disable-next-line no-control-regex
const DOCUMENT_ID = /^[^\u0000-\u001f\u007f]+$/;

/** `2026-12-04T19:20:00Z`, with optional fractions of a second and an offset instead of Z. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A fresh document id (a random UUID where the platform has one). */
export function newDocumentId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  const random = () => Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random()}-${random()}`;
}

/** True for a string the format accepts as a document id. */
export function isDocumentId(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= MAX_DOCUMENT_ID_CHARS && DOCUMENT_ID.test(value)
  );
}

/** True for a date-time string that names a real moment (`Date` reads it). */
function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Reads `id` and `modified` of a version 2 envelope, or the errors naming what is wrong. */
export function readDocumentMeta(
  envelope: Record<string, unknown>,
): { ok: true; meta: DocumentMeta } | { ok: false; errors: FileError[] } {
  const errors: FileError[] = [];
  const { id, modified } = envelope;
  if (!Object.hasOwn(envelope, 'id')) errors.push(fileError(['id'], 'missing', { field: 'id' }));
  else if (!isDocumentId(id))
    errors.push(
      fileError(['id'], 'badDocumentId', {
        found: typeof id === 'string' ? id : (JSON.stringify(id) ?? String(id)),
        max: MAX_DOCUMENT_ID_CHARS,
      }),
    );
  if (!Object.hasOwn(envelope, 'modified'))
    errors.push(fileError(['modified'], 'missing', { field: 'modified' }));
  else if (modified !== null && (typeof modified !== 'string' || !isDateTime(modified)))
    errors.push(
      fileError(['modified'], 'badDateTime', {
        found: typeof modified === 'string' ? modified : (JSON.stringify(modified) ?? ''),
      }),
    );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, meta: { id: id as string, modified: modified as string | null } };
}

/** Which of two versions of one document was changed later: 'same' when neither time says. */
export function newerOf(a: string | null, b: string | null): 'a' | 'b' | 'same' {
  const ta = a === null ? Number.NaN : Date.parse(a);
  const tb = b === null ? Number.NaN : Date.parse(b);
  if (Number.isNaN(ta) && Number.isNaN(tb)) return 'same';
  if (Number.isNaN(tb)) return 'a';
  if (Number.isNaN(ta)) return 'b';
  return ta > tb ? 'a' : tb > ta ? 'b' : 'same';
}

/** A document with who it is: what a file, a backup entry or a library record holds. */
export interface FiledDocument {
  meta: DocumentMeta;
  doc: SopDocument;
}
