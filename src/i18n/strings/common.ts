import type { StringTable } from '../table';

/** Strings shared by many parts of the interface. */
export const commonStrings = {
  'app.name': { id: 'Alir', en: 'Alir' },
  'app.tagline': {
    id: 'Penyusun SOP Administrasi Pemerintahan',
    en: 'Government SOP editor',
  },
  'common.cancel': { id: 'Batal', en: 'Cancel' },
  'common.ok': { id: 'OK', en: 'OK' },
  'common.close': { id: 'Tutup', en: 'Close' },
  'common.delete': { id: 'Hapus', en: 'Delete' },
} as const satisfies StringTable;
