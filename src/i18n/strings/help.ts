import type { StringTable } from '../table';

/** Strings of the diagram's shortcuts panel ("?"): they load with the panel when it is first opened. */
export const helpStrings = {
  'diagram.help.title': { id: 'Pintasan papan ketik', en: 'Keyboard shortcuts' },
  'diagram.help.next': {
    id: 'Langkah baru di bawah yang dipilih, dengan panah darinya',
    en: 'New step below the selected one, with an arrow from it',
  },
  'diagram.help.connect': {
    id: 'Hubungkan simbol terpilih ke langkah N (ketik nomor, lalu Enter)',
    en: 'Connect the selected symbol to step N (type the number, then Enter)',
  },
  'diagram.help.select': {
    id: 'Pilih simbol di sebelah (kiri/kanan: kolom, atas/bawah: baris)',
    en: 'Select the neighbouring symbol (left/right: lane, up/down: row)',
  },
  'diagram.help.move': {
    id: 'Pindahkan simbol terpilih ke kolom/baris sebelah',
    en: 'Move the selected symbol to the next lane/row',
  },
  'diagram.help.moveStep': {
    id: 'Pindahkan langkah terpilih ke atas/bawah',
    en: 'Move the selected step up/down',
  },
  'diagram.help.edit': {
    id: 'Sunting kegiatan, label panah atau nama pelaksana',
    en: 'Edit the activity, arrow label or actor name',
  },
  'diagram.help.shape': {
    id: 'Ganti bentuk simbol: Terminator, Proses, Keputusan',
    en: 'Change the symbol shape: Terminator, Process, Decision',
  },
  'diagram.help.delete': { id: 'Hapus yang dipilih', en: 'Delete the selection' },
  'diagram.help.copy': { id: 'Salin / tempel langkah', en: 'Copy / paste steps' },
  'diagram.help.duplicate': { id: 'Gandakan langkah', en: 'Duplicate steps' },
  'diagram.help.undo': { id: 'Urungkan / ulangi', en: 'Undo / redo' },
  'diagram.help.selectAll': { id: 'Pilih semua simbol', en: 'Select every symbol' },
  'diagram.help.mouse': {
    id: 'Tetikus: seret simbol dari palet; seret dari titik simbol ke simbol lain untuk panah; Shift+klik atau seret di area kosong untuk memilih beberapa; roda untuk menggulir, Ctrl+roda untuk zoom.',
    en: 'Mouse: drag symbols from the palette; drag from a symbol dot to another symbol for an arrow; Shift+click or drag on empty space to select several; wheel scrolls, Ctrl+wheel zooms.',
  },
  'diagram.help.toggle': { id: 'Tampilkan bantuan ini', en: 'Show this help' },
} as const satisfies StringTable;
