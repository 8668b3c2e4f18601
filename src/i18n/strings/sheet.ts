import type { StringTable } from '../table';

/** Strings of the Sheet view (the official sheet preview and its options). */
export const sheetStrings = {
  'sheet.pages': { id: 'Lembar SOP', en: 'SOP sheet' },
  'sheet.page': { id: 'Halaman {n} dari {count}', en: 'Page {n} of {count}' },
  'sheet.options': { id: 'Pengaturan lembar', en: 'Sheet settings' },
  'sheet.paper': { id: 'Ukuran kertas', en: 'Paper size' },
  'sheet.paper.A4': { id: 'A4 (210 × 297 mm)', en: 'A4 (210 × 297 mm)' },
  'sheet.paper.F4': { id: 'F4 (215 × 330 mm)', en: 'F4 (215 × 330 mm)' },
  'sheet.paper.Letter': { id: 'Letter (8,5 × 11 in)', en: 'Letter (8.5 × 11 in)' },
  'sheet.paper.Legal': { id: 'Legal (8,5 × 14 in)', en: 'Legal (8.5 × 14 in)' },
  'sheet.orientation': { id: 'Orientasi', en: 'Orientation' },
  'sheet.orientation.landscape': { id: 'Mendatar (landscape)', en: 'Landscape' },
  'sheet.orientation.portrait': { id: 'Tegak (portrait)', en: 'Portrait' },
  'sheet.repeatHeader': {
    id: 'Ulangi baris judul tabel di setiap halaman',
    en: 'Repeat the table header on every page',
  },
  'sheet.connectorLetters': {
    id: 'Beri huruf pada penghubung antarhalaman (A, B, C…)',
    en: 'Letter the off-page connectors (A, B, C…)',
  },
  'sheet.labels': { id: 'Judul kolom', en: 'Column headings' },
  'sheet.labels.activity': { id: 'Kolom kegiatan', en: 'Activity column' },
  'sheet.labels.requirements': { id: 'Mutu Baku: kelengkapan', en: 'Standard: requirements' },
  'sheet.labels.time': { id: 'Mutu Baku: waktu', en: 'Standard: time' },
  'sheet.labels.output': { id: 'Mutu Baku: output', en: 'Standard: output' },
  'sheet.labels.notes': { id: 'Kolom keterangan', en: 'Notes column' },
  'sheet.printHint': {
    id: 'Ctrl+P mencetak hanya halaman lembar, satu halaman per kertas.',
    en: 'Ctrl+P prints only the sheet pages, one per sheet of paper.',
  },
  'sheet.error': {
    id: 'Lembar tidak dapat disusun: {message}',
    en: 'The sheet could not be laid out: {message}',
  },
} as const satisfies StringTable;
