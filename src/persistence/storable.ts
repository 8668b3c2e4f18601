import { fileError, type FileError } from '../model/fileErrors';
import { LIMITS } from '../model/limits';
import { formatBytes } from '../model/schema';
import { utf8Length } from '../model/safeJson';
import type { SopDocument } from '../model/types';
import { parseSopValue, toEnvelope } from './sopFile';
import { MAX_DOCUMENT_ID_CHARS } from '../model/documentMeta';

const STORABLE_CHECK_ID = 'x'.repeat(MAX_DOCUMENT_ID_CHARS);

/**
 * The check before anything is stored: the document must be one the app reads back
 * (`parseSopFile` accepts it, as a file no larger than the format allows). A document
 * that fails it would be refused at the next start and set aside — work lost — so it
 * is never written; the failure is a bug in Alir and is shown as one.
 */
export function checkStorable(doc: SopDocument): FileError[] {
  // Measured with the longest id a record's envelope may carry, so the size check holds for any.
  const envelope = toEnvelope(doc, { id: STORABLE_CHECK_ID, modified: new Date(0).toISOString() });
  const parsed = parseSopValue(envelope);
  if (!parsed.ok) return parsed.errors;
  const bytes = utf8Length(JSON.stringify(envelope));
  if (bytes > LIMITS.fileBytes)
    return [
      fileError([], 'tooLarge', { size: formatBytes(bytes), max: formatBytes(LIMITS.fileBytes) }),
    ];
  return [];
}
