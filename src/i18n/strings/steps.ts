import type { StringTable } from '../table';

/** The steps table: the procedure as a spreadsheet. */
export const stepsStrings = {
  'steps.heading': { id: 'Langkah-langkah', en: 'Steps' },
  'steps.table.label': { id: 'Tabel langkah SOP', en: 'SOP steps table' },
  'steps.col.number': { id: 'No', en: 'No' },
  'steps.col.actor': { id: 'Pelaksana', en: 'Actor' },
  'steps.col.shape': { id: 'Simbol', en: 'Symbol' },
  'steps.col.next': { id: 'Lanjut ke', en: 'Next' },
  'steps.col.menu': { id: 'Tindakan', en: 'Actions' },
  'steps.next.none': { id: '—', en: '—' },
  'steps.next.step': { id: '{number}. {activity}', en: '{number}. {activity}' },
  'steps.next.exit': { id: 'Lanjut ke (langkah {number})', en: 'Next (step {number})' },
  'steps.next.labelled': {
    id: '{label} (langkah {number})',
    en: '{label} (step {number})',
  },
  'steps.cell.label': { id: '{column}, langkah {number}', en: '{column}, step {number}' },
  'steps.paste.title': { id: 'Pratinjau tempelan', en: 'Paste preview' },
  'steps.paste.intro': {
    id: '{count} baris ditempel tanpa baris judul. Periksa isi tiap kolom, lalu tempel:',
    en: '{count} rows pasted without a header row. Check what each column holds, then paste:',
  },
  'steps.paste.column': { id: 'Isi kolom {n}', en: 'Column {n} holds' },
  'steps.paste.more': { id: '… dan {count} baris lagi', en: '… and {count} more rows' },
  'steps.paste.apply': { id: 'Tempel', en: 'Paste' },
  'steps.paste.cancel': { id: 'Batal', en: 'Cancel' },
  'steps.paste.actorColumn': { id: 'Pelaksana: {name}', en: 'Actor: {name}' },
  'steps.paste.role.no': { id: 'No', en: 'No' },
  'steps.paste.role.actor': { id: 'Pelaksana', en: 'Actor' },
  'steps.paste.role.symbol': { id: 'Simbol', en: 'Symbol' },
  'steps.paste.role.next': { id: 'Lanjut ke', en: 'Next' },
  'steps.paste.role.nextYes': { id: 'Lanjut ke (Ya)', en: 'Next (Yes)' },
  'steps.paste.role.nextNo': { id: 'Lanjut ke (Tidak)', en: 'Next (No)' },
  'steps.paste.role.skip': { id: '(abaikan)', en: '(ignore)' },
  'steps.paste.role.activity': { id: 'Kegiatan', en: 'Activity' },
  'steps.paste.role.requirements': { id: 'Kelengkapan', en: 'Requirements' },
  'steps.paste.role.time': { id: 'Waktu', en: 'Time' },
  'steps.paste.role.output': { id: 'Output', en: 'Output' },
  'steps.paste.role.notes': { id: 'Keterangan', en: 'Notes' },
  'steps.add': { id: '+ Langkah', en: '+ Step' },
  'steps.add.hint': {
    id: 'Tambah langkah di bawah (Enter di baris terakhir)',
    en: 'Add a step below (Enter on the last row)',
  },
  'steps.delete': { id: 'Hapus langkah {number}', en: 'Delete step {number}' },
  'steps.actors.label': { id: 'Pelaksana', en: 'Actors' },
  'steps.actors.name': { id: 'Nama pelaksana {number}', en: 'Name of actor {number}' },
  'steps.actors.add': { id: '+ Pelaksana', en: '+ Actor' },
  // The file format holds at most LIMITS.steps steps and LIMITS.actors actors.
  'steps.deleted': {
    id: 'Langkah {number} dihapus.',
    en: 'Step {number} deleted.',
  },
  'steps.deleted.bridge': {
    id: 'Langkah {from} kini menuju langkah {to}.',
    en: 'Step {from} now leads to step {to}.',
  },
  'steps.deleted.undo': { id: 'Urungkan', en: 'Undo' },
  'steps.deleted.dismiss': { id: 'Tutup pesan', en: 'Close message' },
  'steps.limit.step': {
    id: 'Batas {max} langkah tercapai; langkah baru tidak ditambahkan.',
    en: 'Limit of {max} steps reached; no step was added.',
  },
  'steps.limit.rows': {
    id: 'Batas {max} langkah tercapai; {count} baris yang ditempel tidak ditambahkan.',
    en: 'Limit of {max} steps reached; pasted rows not added: {count}.',
  },
  'steps.limit.actor': {
    id: 'Batas {max} pelaksana tercapai; pelaksana baru tidak ditambahkan.',
    en: 'Limit of {max} actors reached; no actor was added.',
  },
  'steps.empty': {
    id: 'Belum ada langkah. Tambahkan langkah, atau tempel baris dari Excel/Word.',
    en: 'No steps yet. Add a step, or paste rows from Excel/Word.',
  },
  'steps.help': {
    id: 'Tab/Shift+Tab: sel berikut/sebelumnya · Enter: baris bawah (di baris terakhir: langkah baru) · Shift+Enter: baris baru dalam sel · Ctrl+Delete: hapus langkah · Alt+↑/↓: pindahkan langkah · Tempel baris dari Excel/Word untuk menambah langkah',
    en: 'Tab/Shift+Tab: next/previous cell · Enter: row below (on the last row: new step) · Shift+Enter: new line in a cell · Ctrl+Delete: delete step · Alt+↑/↓: move step · Paste rows from Excel/Word to add steps',
  },
} as const satisfies StringTable;
