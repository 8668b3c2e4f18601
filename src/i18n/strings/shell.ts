import type { StringTable } from '../table';

/** The app shell: top bar, library, menus, status line and the messages around them. */
export const shellStrings = {
  'shell.sopName.label': { id: 'Nama SOP', en: 'SOP name' },
  'shell.sopName.placeholder': { id: 'SOP tanpa nama', en: 'Untitled SOP' },
  'shell.newSopName': { id: 'SOP baru', en: 'New SOP' },
  'shell.copyName': { id: '{name} (salinan{n})', en: '{name} (copy{n})' },
  'shell.fileCopyName': { id: '{name} (dari berkas{n})', en: '{name} (from file{n})' },

  'shell.library.toggle': { id: 'Pustaka', en: 'Library' },
  'shell.print': { id: 'Cetak', en: 'Print' },
  'shell.print.preparing': { id: 'Menyiapkan…', en: 'Preparing…' },
  'shell.view.loading': { id: 'Memuat tampilan…', en: 'Loading the view…' },
  'shell.print.hint': {
    id: 'Cetak lembar SOP resmi (Ctrl+P), dari tampilan mana pun',
    en: 'Print the official SOP sheet (Ctrl+P), from any view',
  },
  'shell.library.heading': { id: 'SOP di peramban ini', en: 'SOPs in this browser' },
  'shell.library.new': { id: 'SOP baru', en: 'New SOP' },
  'shell.library.untitled': { id: '(tanpa nama)', en: '(untitled)' },
  'shell.library.changed': { id: 'Diubah {time}', en: 'Changed {time}' },
  'shell.library.duplicate': { id: 'Duplikat', en: 'Duplicate' },
  'shell.library.rename': { id: 'Ganti nama', en: 'Rename' },
  'shell.library.renameField': { id: 'Nama baru untuk SOP ini', en: 'New name for this SOP' },
  'shell.library.delete': { id: 'Hapus', en: 'Delete' },
  'shell.library.exportBackup': { id: 'Ekspor cadangan', en: 'Export backup' },
  'shell.library.importBackup': { id: 'Impor cadangan', en: 'Import backup' },
  'shell.library.backupFileName': { id: 'cadangan-pustaka-sop', en: 'sop-library-backup' },
  'shell.library.count': { id: '{count} SOP', en: '{count} SOPs' },
  'shell.library.countOne': { id: '1 SOP', en: '1 SOP' },

  'shell.undo': { id: 'Urungkan', en: 'Undo' },
  'shell.undo.hint': { id: 'Urungkan (Ctrl+Z)', en: 'Undo (Ctrl+Z)' },
  'shell.redo': { id: 'Ulangi', en: 'Redo' },
  'shell.redo.hint': { id: 'Ulangi (Ctrl+Y)', en: 'Redo (Ctrl+Y)' },

  'shell.menu.file': { id: 'Berkas', en: 'File' },
  'shell.file.open': { id: 'Buka berkas .sop.json…', en: 'Open a .sop.json file…' },
  'shell.file.saveJson': { id: 'Simpan sebagai .sop.json', en: 'Save as .sop.json' },
  'shell.menu.export': { id: 'Ekspor', en: 'Export' },
  'shell.export.pdf': { id: 'Lembar SOP resmi (PDF)', en: 'Official SOP sheet (PDF)' },
  'shell.export.xlsx': {
    id: 'Excel (.xlsx) — tabel SOP yang bisa disunting',
    en: 'Excel (.xlsx) — editable SOP table',
  },
  'shell.export.docx': {
    id: 'Word (.docx) — SOP lengkap yang bisa disunting',
    en: 'Word (.docx) — the whole SOP, editable',
  },
  'shell.export.png': { id: 'Gambar bagan alir (PNG)', en: 'Flowchart image (PNG)' },
  'shell.export.failed': { id: 'Ekspor gagal: {reason}', en: 'Export failed: {reason}' },

  'shell.language.label': { id: 'Bahasa antarmuka', en: 'Interface language' },

  'shell.view.label': { id: 'Tampilan', en: 'View' },
  'shell.view.diagram': { id: 'Bagan alir', en: 'Diagram' },
  'shell.view.steps': { id: 'Tabel langkah', en: 'Steps table' },
  'shell.view.identity': { id: 'Identitas', en: 'Identity' },
  'shell.view.sheet': { id: 'Lembar cetak', en: 'Sheet' },

  'shell.status.saved': { id: 'Tersimpan {time}', en: 'Saved {time}' },
  'shell.status.pending': { id: 'Menyimpan…', en: 'Saving…' },
  'shell.status.quota': {
    id: 'Tidak tersimpan: penyimpanan peramban penuh — unduh salinan',
    en: 'Not saved: browser storage is full — download a copy',
  },
  'shell.status.failed': {
    id: 'Tidak tersimpan: penyimpanan peramban menolak — unduh salinan',
    en: 'Not saved: browser storage refused the write — download a copy',
  },
  'shell.status.conflict': {
    id: 'Tidak tersimpan: SOP ini diubah di tab lain',
    en: 'Not saved: this SOP was changed in another tab',
  },
  'shell.status.memory': {
    id: 'Hanya di tab ini: peramban tidak mengizinkan penyimpanan, jadi pekerjaan hilang saat tab ditutup — unduh salinan',
    en: 'Only in this tab: the browser allows no storage, so the work is lost when the tab closes — download a copy',
  },
  'shell.status.invalid': {
    id: 'Tidak tersimpan: kesalahan Alir — unduh salinan',
    en: 'Not saved: an error in Alir — download a copy',
  },
  'shell.status.counts': {
    id: '{steps} langkah · {actors} pelaksana',
    en: '{steps} steps · {actors} actors',
  },

  'shell.file.refused': {
    id: 'Berkas “{file}” tidak dibuka:',
    en: 'The file “{file}” was not opened:',
  },
  'shell.file.template': { id: 'Unduh templat Excel', en: 'Download Excel template' },
  'shell.file.importSheet': { id: 'Impor dari Excel/CSV…', en: 'Import from Excel/CSV…' },
  'shell.sheets.title': {
    id: 'Buku kerja “{file}” berisi {count} lembar bagan alir',
    en: 'The workbook “{file}” has {count} flowchart sheets',
  },
  'shell.sheets.intro': {
    id: 'Apakah lembar-lembar ini satu prosedur yang dibagi menjadi beberapa halaman, atau beberapa prosedur?',
    en: 'Are these sheets one procedure split into pages, or several procedures?',
  },
  'shell.sheets.join': {
    id: 'Satu prosedur (lembar sebagai halaman)',
    en: 'One procedure (sheets as pages)',
  },
  'shell.sheets.item': { id: '“{sheet}”: {steps} langkah', en: '“{sheet}”: {steps} steps' },
  'shell.sheets.separate': { id: '{count} prosedur terpisah', en: '{count} separate procedures' },
  'shell.importReport.title': {
    id: 'Impor “{file}”: yang tidak dapat dibaca',
    en: 'Import of “{file}”: what could not be read',
  },
  'shell.importReport.intro': {
    id: 'SOP sudah dibuka sebagai entri baru di pustaka. Bagian berikut dilewati; periksa dan lengkapi di editor:',
    en: 'The SOP is open as a new library entry. The parts below were left out; check and complete them in the editor:',
  },
  'shell.importReport.close': { id: 'Tutup', en: 'Close' },
  'import.problem.unknownShape': {
    id: '{cell}: bentuk “{name}” bukan simbol SOP yang dikenal; dilewati.',
    en: '{cell}: the shape “{name}” is not a known SOP symbol; left out.',
  },
  'import.problem.outsideTable': {
    id: '{cell}: “{name}” berada di luar baris langkah tabel; dilewati.',
    en: '{cell}: “{name}” lies outside the table’s step rows; left out.',
  },
  'import.problem.outsideActors': {
    id: '{cell}: “{name}” berada di luar kolom pelaksana; ditempatkan pada pelaksana terdekat.',
    en: '{cell}: “{name}” lies outside the actor columns; placed with the nearest actor.',
  },
  'import.problem.looseArrow': {
    id: '{cell}: panah “{name}” punya ujung yang tidak menempel pada simbol; dilewati.',
    en: '{cell}: the arrow “{name}” has an end on no symbol; left out.',
  },
  'import.problem.unpairedConnector': {
    id: '{cell}: penghubung antarhalaman “{name}” tidak punya pasangan; panahnya dilewati.',
    en: '{cell}: the off-page connector “{name}” has no partner; its arrow is left out.',
  },
  'import.problem.strayText': {
    id: '{cell}: kotak teks “{name}” tidak berada di dekat jalan keluar simbol; dilewati.',
    en: '{cell}: the text box “{name}” stands by no exit of a symbol; left out.',
  },
  'import.problem.beyondLimits': {
    id: 'Lembar ini melebihi batas berkas SOP (langkah / pelaksana / panah: {name}); sisanya dipotong.',
    en: 'The sheet goes past what an SOP file holds (steps / actors / arrows: {name}); the rest is cut.',
  },
  'import.problem.stepWithoutSymbol': {
    id: '{cell}: langkah “{name}” tidak punya simbol di kolom pelaksana; diberi simbol proses pada pelaksana pertama.',
    en: '{cell}: the step “{name}” has no symbol in the actor columns; given a process of the first actor.',
  },
  'import.problem.group': {
    id: '{cell}: kelompok bentuk “{name}” tidak dibaca; pisahkan kelompoknya (Ungroup) lalu impor lagi.',
    en: '{cell}: the group “{name}” was not read; ungroup it and import again.',
  },
  'shell.sheet.title': { id: 'Impor “{file}”', en: 'Import “{file}”' },
  'shell.sheet.intro': {
    id: '{count} baris kegiatan terbaca. Periksa isi tiap kolom; hasilnya menjadi SOP baru di pustaka:',
    en: '{count} activity rows read. Check what each column holds; the result becomes a new SOP in the library:',
  },
  'shell.sheet.apply': { id: 'Impor sebagai SOP baru', en: 'Import as a new SOP' },
  'shell.sheet.tooLarge': {
    id: 'berkas lebih dari 10 MiB.',
    en: 'the file is larger than 10 MiB.',
  },
  'shell.sheet.notSpreadsheet': {
    id: 'ini bukan buku kerja Excel (.xlsx) yang dapat dibaca.',
    en: 'this is not a readable Excel workbook (.xlsx).',
  },
  'shell.sheet.empty': {
    id: 'tidak ada baris kegiatan di dalamnya.',
    en: 'it holds no activity rows.',
  },
  'shell.file.unreadable': { id: 'berkas tidak dapat dibaca', en: 'the file could not be read' },
  'shell.file.dropHint': {
    id: 'Lepaskan berkas .sop.json untuk membukanya',
    en: 'Drop a .sop.json file to open it',
  },
  'shell.library.persisted': {
    id: 'Penyimpanan permanen: peramban tidak akan menghapus pustaka ini sendiri.',
    en: 'Persistent storage: the browser will not clear this library by itself.',
  },
  'shell.library.notPersisted': {
    id: 'Penyimpanan tidak permanen: peramban boleh menghapus pustaka ini bila ruang disk menipis. Unduh cadangan secara berkala.',
    en: 'Storage not persistent: the browser may clear this library when disk space runs low. Download a backup now and then.',
  },
  'shell.library.persistUnknown': {
    id: 'Peramban ini tidak memberi tahu apakah pustaka disimpan permanen. Unduh cadangan secara berkala.',
    en: 'This browser does not tell whether the library is kept for good. Download a backup now and then.',
  },
  'shell.recoveredName': { id: '{name} (dipulihkan)', en: '{name} (recovered)' },

  'shell.bulk.exportAll': { id: 'Ekspor semua (.zip)', en: 'Export all (.zip)' },
  'shell.bulk.selectItem': { id: 'Pilih {name}', en: 'Select {name}' },
  'shell.library.noMatch': {
    id: 'Tidak ada SOP yang cocok dengan “{query}”.',
    en: 'No SOP matches “{query}”.',
  },
  'shell.library.shown': { id: '{shown} dari {count}', en: '{shown} of {count}' },
  'shell.library.officialName': { id: 'Nama SOP: {name}', en: 'SOP name: {name}' },
  'shell.file.history': { id: 'Riwayat versi…', en: 'Version history…' },
  'shell.library.profile': { id: 'Profil instansi', en: 'Office profile' },
} as const satisfies StringTable;
