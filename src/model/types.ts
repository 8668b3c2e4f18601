/** The SOP document, format v1: the single source of truth every view is drawn from. */

/** The symbol shapes of the sheet, in the order pickers list them. */
export const SYMBOL_SHAPES = ['terminator', 'process', 'decision'] as const;
export type SymbolShape = (typeof SYMBOL_SHAPES)[number];
export type Paper = 'A4' | 'F4' | 'Letter' | 'Legal';
export type Orientation = 'landscape' | 'portrait';

/** A calendar date as written in the file, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Approver {
  title: string;
  name: string;
  nip: string;
}

export interface Identity {
  organization: string[];
  unit: string;
  /** A `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL, or null. */
  logo: string | null;
  number: string;
  createdDate: IsoDate | null;
  revisionDate: IsoDate | null;
  effectiveDate: IsoDate | null;
  approver: Approver;
  name: string;
  legalBasis: string[];
  qualifications: string[];
  relatedSops: string[];
  equipment: string[];
  warnings: string[];
  records: string[];
}

/** The identity fields that are lists, in the order the identity page prints them. */
export const IDENTITY_LIST_FIELDS = [
  'legalBasis',
  'qualifications',
  'relatedSops',
  'equipment',
  'warnings',
  'records',
] as const;
export type IdentityListField = (typeof IDENTITY_LIST_FIELDS)[number];

export interface Actor {
  id: string;
  name: string;
}

export interface SopSymbol {
  id: string;
  shape: SymbolShape;
  actor: string;
}

export interface Step {
  id: string;
  activity: string;
  requirements: string;
  time: string;
  output: string;
  notes: string;
  symbols: SopSymbol[];
  pageBreakBefore?: boolean;
}

export interface Flow {
  id: string;
  from: string;
  to: string;
  label: string;
}

export interface ColumnLabels {
  activity: string;
  requirements: string;
  time: string;
  output: string;
  notes: string;
}

export interface SheetOptions {
  paper: Paper;
  orientation: Orientation;
  repeatHeader: boolean;
  connectorLetters: boolean;
  labels: ColumnLabels;
}

export interface SopDocument {
  identity: Identity;
  actors: Actor[];
  steps: Step[];
  flows: Flow[];
  sheet: SheetOptions;
}
