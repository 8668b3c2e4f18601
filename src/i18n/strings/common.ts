import type { StringTable } from '../table';

/** Strings shared by many parts of the interface. */
export const commonStrings = {
  'app.name': { id: 'Alir', en: 'Alir' },
  'common.cancel': { id: 'Batal', en: 'Cancel' },
  'common.close': { id: 'Tutup', en: 'Close' },
  // Shown while the layout worker routes the arrows of the newest version.
  'common.layingOut': { id: 'Menata…', en: 'Laying out…' },
  // A new lane's name is document text printed on the (Indonesian) sheet, like the first
  // lane's "Pelaksana": it stays Indonesian whatever the interface language.
  'common.newActorName': { id: 'Pelaksana {n}', en: 'Pelaksana {n}' },
  'common.shape.terminator': { id: 'Terminator', en: 'Terminator' },
  'common.shape.process': { id: 'Proses', en: 'Process' },
  'common.shape.decision': { id: 'Keputusan', en: 'Decision' },
  // Under any field that writes document text, when a paste or typing passed the file's limit.
  'common.textLimit': {
    id: 'Batas {max} karakter tercapai; sisa teks tidak dimasukkan.',
    en: 'Limit of {max} characters reached; the rest was not added.',
  },
} as const satisfies StringTable;
