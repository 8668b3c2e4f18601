import { fileError, jsonTypeOf, type FileError } from '../model/fileErrors';
import { LIMITS } from '../model/limits';
import { newDocument } from '../model/defaults';
import { profileFromDocument, type OfficeProfile } from '../model/profile';
import { checkSize, parseJsonText } from '../model/safeJson';
import { lastResort, parseSopValue, type Refusal } from './sopFile';

export const PROFILE_FORMAT_NAME = 'sop-ap-profile';
export const PROFILE_VERSION = 1;

/**
 * An office profile as a file, so every unit of an agency starts from the same one:
 * `{"format": "sop-ap-profile", "version": 1, "profile": {organization, unit, logo, approver,
 * legalBasis, …, paper, orientation, labels}}`. Its fields follow the rules of the same fields
 * in a `.sop.json` (the logo's kind and size, text lengths, list sizes).
 */
export function writeProfileFile(profile: OfficeProfile): string {
  return `${JSON.stringify({ format: PROFILE_FORMAT_NAME, version: PROFILE_VERSION, profile }, null, 2)}\n`;
}

export type ProfileParseResult = { ok: true; profile: OfficeProfile } | Refusal;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a profile file; never throws. A field out of the format's rules is named by its place. */
export function parseProfileFile(text: string): ProfileParseResult {
  return lastResort(() => {
    const tooBig = checkSize(text, LIMITS.fileBytes);
    if (tooBig.length > 0) return { ok: false, errors: tooBig };
    const json = parseJsonText(text);
    if (!json.ok) return json;
    const value = json.value;
    if (!isRecord(value))
      return { ok: false, errors: [fileError([], 'notObject', { found: jsonTypeOf(value) })] };
    if (value.format !== PROFILE_FORMAT_NAME) {
      const found = typeof value.format === 'string' ? value.format : JSON.stringify(value.format);
      return {
        ok: false,
        errors: [
          fileError(['format'], 'wrongFormat', {
            found: found ?? '',
            expected: PROFILE_FORMAT_NAME,
          }),
        ],
      };
    }
    if (value.version !== PROFILE_VERSION) {
      const found = JSON.stringify(value.version) ?? 'undefined';
      return { ok: false, errors: [fileError(['version'], 'badVersion', { found })] };
    }
    const profile = value.profile;
    if (!isRecord(profile)) {
      const error = fileError(['profile'], 'wrongType', {
        expected: 'object',
        found: jsonTypeOf(profile),
      });
      return { ok: false, errors: [error] };
    }
    return readThroughDocument(profile);
  });
}

/** Checks the profile's fields by the document rules: they are read as the identity and sheet of an SOP. */
function readThroughDocument(profile: Record<string, unknown>): ProfileParseResult {
  const base = newDocument('');
  const { paper, orientation, labels, ...identity } = profile;
  const sop = {
    ...base,
    identity: { ...base.identity, ...identity, name: '', number: '' },
    sheet: {
      ...base.sheet,
      ...(paper === undefined ? {} : { paper }),
      ...(orientation === undefined ? {} : { orientation }),
      ...(labels === undefined ? {} : { labels }),
    },
  };
  const read = parseSopValue({ format: 'sop-ap', version: 2, id: 'profile', modified: null, sop });
  if (!read.ok) return { ok: false, errors: read.errors.map(asProfilePlace) };
  return { ok: true, profile: profileFromDocument(read.doc) };
}

/** `identity.approver.nip` → `profile.approver.nip`: the place as the profile file has it. */
function asProfilePlace(error: FileError): FileError {
  const path = error.path.replace(/^(identity|sheet)(\.|$)/, 'profile$2');
  return { ...error, path };
}
