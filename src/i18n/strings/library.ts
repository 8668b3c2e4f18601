import type { StringTable } from '../table';

/**
 * Strings of the library's search and selection bars: they load with those bars' chunk, not with the first screen (dictionary.ts addStrings).
 */
export const libraryStrings = {
  'shell.bulk.exportSelected': { id: 'Ekspor (.zip)', en: 'Export (.zip)' },
  'shell.bulk.deleteSelected': { id: 'Hapus', en: 'Delete' },
  'shell.bulk.clear': { id: 'Batal pilih', en: 'Clear selection' },
  'shell.bulk.selected': { id: '{count} dipilih', en: '{count} selected' },
  'shell.bulk.progress': {
    id: 'Mengekspor {done} dari {total} SOP…',
    en: 'Exporting {done} of {total} SOPs…',
  },
  'shell.bulk.cancel': { id: 'Hentikan', en: 'Stop' },
  'shell.bulk.selectAll': { id: 'Pilih semua yang tampil', en: 'Select all shown' },
  'shell.library.search': { id: 'Cari SOP', en: 'Search SOPs' },
  'shell.library.searchPlaceholder': {
    id: 'Cari nama, nomor, unit, langkah…',
    en: 'Search name, number, unit, steps…',
  },
  'shell.library.sort': { id: 'Urutkan', en: 'Sort' },
  'shell.library.sortChanged': { id: 'Terakhir diubah', en: 'Last changed' },
  'shell.library.sortName': { id: 'Nama', en: 'Name' },
  'shell.library.sortNumber': { id: 'Nomor', en: 'Number' },
  'shell.library.unit': { id: 'Unit', en: 'Unit' },
  'shell.library.allUnits': { id: 'Semua unit', en: 'All units' },
  'shell.bulk.applyProfile': { id: 'Terapkan profil', en: 'Apply profile' },
  'shell.bulk.skipped': {
    id: 'tidak dimasukkan ke zip: {list}',
    en: 'left out of the zip: {list}',
  },
  'shell.bulk.unreadable': { id: 'tidak terbaca', en: 'unreadable' },
  'shell.bulk.tooLarge': {
    id: 'berkas SOP melebihi 10 MiB',
    en: 'its SOP file is over 10 MiB',
  },
  'shell.bulk.fileName': { id: 'sop-pustaka', en: 'sop-library' },
} as const satisfies StringTable;
