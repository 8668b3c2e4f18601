import { newDocument } from './defaults';
import {
  IDENTITY_LIST_FIELDS,
  type Approver,
  type ColumnLabels,
  type Orientation,
  type Paper,
  type SopDocument,
} from './types';

/**
 * An office's profile (Profil instansi): what every SOP of a unit repeats — the institution's
 * lines, unit, logo, approver, the usual identity lists, the paper and the column labels. A new
 * SOP starts from it; applying it to an SOP sets those fields. A field the profile leaves empty
 * (an empty list or text, no logo, no approver) is not set: it never wipes what an SOP has.
 */
export interface OfficeProfile {
  organization: string[];
  unit: string;
  logo: string | null;
  approver: Approver;
  legalBasis: string[];
  qualifications: string[];
  relatedSops: string[];
  equipment: string[];
  warnings: string[];
  records: string[];
  paper: Paper;
  orientation: Orientation;
  labels: ColumnLabels;
}

/** The parts of a profile, in the order the preview lists them. */
export const PROFILE_FIELDS = [
  'organization',
  'unit',
  'logo',
  'approver',
  'legalBasis',
  'qualifications',
  'relatedSops',
  'equipment',
  'warnings',
  'records',
  'paper',
  'labels',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The identity's lists a profile carries: the institution's lines and the six identity lists. */
const LISTS = ['organization', ...IDENTITY_LIST_FIELDS] as const;

/** The profile an SOP's identity and sheet options make: "use this SOP as the office's standard". */
export function profileFromDocument(doc: SopDocument): OfficeProfile {
  const { identity, sheet } = doc;
  return {
    organization: [...identity.organization],
    unit: identity.unit,
    logo: identity.logo,
    approver: { ...identity.approver },
    legalBasis: [...identity.legalBasis],
    qualifications: [...identity.qualifications],
    relatedSops: [...identity.relatedSops],
    equipment: [...identity.equipment],
    warnings: [...identity.warnings],
    records: [...identity.records],
    paper: sheet.paper,
    orientation: sheet.orientation,
    labels: { ...sheet.labels },
  };
}

/** A profile with nothing set (paper and labels as a new SOP has them). */
export function emptyProfile(): OfficeProfile {
  return profileFromDocument(newDocument(''));
}

const blank = (text: string) => text.trim() === '';
const blankList = (list: readonly string[]) => list.every(blank);
const blankApprover = (a: Approver) => blank(a.title) && blank(a.name) && blank(a.nip);

/** True when the profile sets `field` (paper and labels are always set). */
export function profileSets(profile: OfficeProfile, field: ProfileField): boolean {
  switch (field) {
    case 'unit':
      return !blank(profile.unit);
    case 'logo':
      return profile.logo !== null;
    case 'approver':
      return !blankApprover(profile.approver);
    case 'paper':
    case 'labels':
      return true;
    default:
      return !blankList(profile[field]);
  }
}

/** True when the profile sets nothing an SOP would not have anyway. */
export function isEmptyProfile(profile: OfficeProfile): boolean {
  const plain = emptyProfile();
  return (
    PROFILE_FIELDS.every((f) => f === 'paper' || f === 'labels' || !profileSets(profile, f)) &&
    profile.paper === plain.paper &&
    profile.orientation === plain.orientation &&
    JSON.stringify(profile.labels) === JSON.stringify(plain.labels)
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What applying the profile would change in `doc`, field by field (empty: nothing). */
export function profileChanges(doc: SopDocument, profile: OfficeProfile): ProfileField[] {
  const now = profileFromDocument(doc);
  return PROFILE_FIELDS.filter((field) => {
    if (!profileSets(profile, field)) return false;
    if (field === 'paper')
      return now.paper !== profile.paper || now.orientation !== profile.orientation;
    return !same(now[field], profile[field]);
  });
}

/**
 * `doc` with the profile's fields set (those the profile leaves empty are kept as they are);
 * the same object when nothing changes, so applying twice is one undo step.
 */
export function applyProfile(doc: SopDocument, profile: OfficeProfile): SopDocument {
  const changes = new Set(profileChanges(doc, profile));
  if (changes.size === 0) return doc;
  const identity = { ...doc.identity };
  for (const list of LISTS) if (changes.has(list)) identity[list] = [...profile[list]];
  if (changes.has('unit')) identity.unit = profile.unit;
  if (changes.has('logo')) identity.logo = profile.logo;
  if (changes.has('approver')) identity.approver = { ...profile.approver };
  const sheet = { ...doc.sheet };
  if (changes.has('paper')) {
    sheet.paper = profile.paper;
    sheet.orientation = profile.orientation;
  }
  if (changes.has('labels')) sheet.labels = { ...profile.labels };
  return { ...doc, identity, sheet };
}

/** A new SOP as the office starts one: the blank SOP with the profile applied. */
export function newDocumentFromProfile(
  name: string,
  today: string | null,
  profile: OfficeProfile | null,
): SopDocument {
  const doc = newDocument(name, today);
  return profile ? applyProfile(doc, profile) : doc;
}
