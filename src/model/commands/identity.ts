import { IDENTITY_LIST_FIELDS, type Approver, type Identity, type SopDocument } from '../types';
import { clampText, clampTexts } from './rows';

const TEXT_FIELDS = ['unit', 'number', 'name'] as const;
const LIST_FIELDS = ['organization', ...IDENTITY_LIST_FIELDS] as const;

/**
 * Every identity key is free text, a list of texts, the approver, or a value the schema checks
 * by its own rules (logo, dates). Listing them here makes a new text field a compile error
 * until it is given a place, so no identity text can slip past the limit.
 */
type Covered =
  | (typeof TEXT_FIELDS)[number]
  | (typeof LIST_FIELDS)[number]
  | 'approver'
  | 'logo'
  | 'createdDate'
  | 'revisionDate'
  | 'effectiveDate';
const everyKeyCovered: [keyof Identity] extends [Covered] ? true : false = true;
void everyKeyCovered;

/** The patch with every text cut to the file limit (see clampText). */
function clampPatch(patch: Partial<Identity>): Partial<Identity> {
  const next: Partial<Identity> = { ...patch };
  for (const key of TEXT_FIELDS) {
    const value = patch[key];
    if (value !== undefined) next[key] = clampText(value);
  }
  for (const key of LIST_FIELDS) {
    const value = patch[key];
    if (value !== undefined) next[key] = clampTexts(value);
  }
  if (patch.approver) {
    const { title, name, nip } = patch.approver;
    next.approver = { title: clampText(title), name: clampText(name), nip: clampText(nip) };
  }
  return next;
}

function sameApprover(a: Approver, b: Approver): boolean {
  return a.title === b.title && a.name === b.name && a.nip === b.nip;
}

/** Changes some identity fields; the rest of the document is shared, not copied. */
export function updateIdentity(doc: SopDocument, patch: Partial<Identity>): SopDocument {
  const clamped = clampPatch(patch);
  const unchanged = (key: keyof Identity) =>
    key === 'approver' && clamped.approver
      ? sameApprover(doc.identity.approver, clamped.approver)
      : Object.is(doc.identity[key], clamped[key]);
  if ((Object.keys(clamped) as (keyof Identity)[]).every(unchanged)) return doc;
  return { ...doc, identity: { ...doc.identity, ...clamped } };
}

/** Renames the SOP (the identity's "Nama SOP", which is also its name in the library). */
export function renameSop(doc: SopDocument, name: string): SopDocument {
  return updateIdentity(doc, { name });
}
