import type { StringTable } from '../table';

/** Strings shared by many parts of the interface. */
export const commonStrings = {
  'app.name': { id: 'Alir', en: 'Alir' },
  'common.cancel': { id: 'Batal', en: 'Cancel' },
  'common.close': { id: 'Tutup', en: 'Close' },
  'common.shape.terminator': { id: 'Terminator', en: 'Terminator' },
  'common.shape.process': { id: 'Proses', en: 'Process' },
  'common.shape.decision': { id: 'Keputusan', en: 'Decision' },
} as const satisfies StringTable;
