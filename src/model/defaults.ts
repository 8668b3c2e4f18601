import type { ColumnLabels, Identity, SheetOptions, SopDocument } from './types';

/** The Mutu Baku and Kegiatan header texts of the regulation. */
export const DEFAULT_LABELS: ColumnLabels = {
  activity: 'Kegiatan',
  requirements: 'Kelengkapan',
  time: 'Waktu',
  output: 'Output',
  notes: 'Keterangan',
};

/** Sheet options as file-format.md lists their defaults. */
export const DEFAULT_SHEET: SheetOptions = {
  paper: 'A4',
  orientation: 'landscape',
  repeatHeader: true,
  connectorLetters: true,
  labels: DEFAULT_LABELS,
};

/** An identity with every field empty: a draft is still a valid document. */
export function emptyIdentity(): Identity {
  return {
    organization: [],
    unit: '',
    logo: null,
    number: '',
    createdDate: null,
    revisionDate: null,
    effectiveDate: null,
    approver: { title: '', name: '', nip: '' },
    name: '',
    legalBasis: [],
    qualifications: [],
    relatedSops: [],
    equipment: [],
    warnings: [],
    records: [],
  };
}

/**
 * A new SOP as the "New" command creates it: one actor and a start step, so the
 * diagram is never blank and the user sees where to go next.
 */
export function newDocument(name: string, today: string | null = null): SopDocument {
  return {
    identity: { ...emptyIdentity(), name, createdDate: today },
    actors: [{ id: 'a1', name: 'Pelaksana' }],
    steps: [
      {
        id: 's1',
        activity: 'Mulai',
        requirements: '',
        time: '',
        output: '',
        notes: '',
        symbols: [{ id: 'n1', shape: 'terminator', actor: 'a1' }],
      },
    ],
    flows: [],
    sheet: { ...DEFAULT_SHEET, labels: { ...DEFAULT_LABELS } },
  };
}
