import type { StringTable } from '../table';

/** The app shell: top bar, library, menus, status line and the messages around them. */
export const shellStrings = {
  'shell.sopName.label': { id: 'Nama SOP', en: 'SOP name' },
  'shell.sopName.placeholder': { id: 'SOP tanpa nama', en: 'Untitled SOP' },
  'shell.newSopName': { id: 'SOP baru', en: 'New SOP' },
  'shell.copyName': { id: '{name} (salinan{n})', en: '{name} (copy{n})' },
  'shell.importChoice.title': {
    id: 'SOP ini sudah ada di pustaka',
    en: 'This SOP is already in the library',
  },
  'shell.importChoice.same': {
    id: 'Berkas {file} adalah dokumen yang sama dengan “{title}” di pustaka (id dokumen sama), mungkin versi lain.',
    en: 'The file {file} is the same document as “{title}” in the library (same document id), perhaps another version of it.',
  },
  'shell.importChoice.fileTime': { id: 'Berkas diubah: {time}', en: 'File changed: {time}' },
  'shell.importChoice.libraryTime': {
    id: 'Salinan pustaka diubah: {time}',
    en: 'Library copy changed: {time}',
  },
  'shell.importChoice.unknownTime': { id: 'tidak tercatat', en: 'not recorded' },
  'shell.importChoice.fileNewer': { id: 'Berkas ini lebih baru.', en: 'The file is newer.' },
  'shell.importChoice.libraryNewer': {
    id: 'Salinan di pustaka lebih baru.',
    en: 'The library’s copy is newer.',
  },
  'shell.importChoice.sameTime': {
    id: 'Tidak dapat dipastikan mana yang lebih baru.',
    en: 'It cannot be told which is newer.',
  },
  'shell.importChoice.replace': {
    id: 'Ganti salinan pustaka dengan berkas',
    en: 'Replace the library’s copy with the file',
  },
  'shell.importChoice.keepBoth': { id: 'Simpan keduanya', en: 'Keep both' },
  'shell.importChoice.backupTitle': {
    id: '{count} SOP dalam cadangan sudah ada di pustaka',
    en: '{count} SOPs of the backup are already in the library',
  },
  'shell.importChoice.backupIntro': {
    id: 'Cadangan {file} berisi {total} SOP; {count} di antaranya sudah ada di pustaka (id dokumen sama). SOP lainnya ditambahkan. Apa yang dilakukan dengan yang sudah ada?',
    en: 'The backup {file} holds {total} SOPs; {count} of them are already in the library (same document id). The others are added. What should happen to those already here?',
  },
  'shell.importChoice.replaceAll': {
    id: 'Ganti dengan versi cadangan',
    en: 'Replace with the backup’s versions',
  },
  'shell.importChoice.skip': { id: 'Lewati yang sudah ada', en: 'Skip those already here' },
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

  'shell.storage.fullMessage': {
    id: 'Penyimpanan peramban penuh, jadi perubahan terakhir belum tersimpan. Pekerjaan Anda tetap ada di tab ini; unduh salinannya sekarang, lalu kosongkan ruang (misalnya hapus SOP lama). Penyimpanan dicoba lagi otomatis.',
    en: 'Browser storage is full, so the latest changes are not saved. Your work is still in this tab; download a copy now, then free some space (for example delete old SOPs). Saving is retried automatically.',
  },
  'shell.storage.failedMessage': {
    id: 'Peramban menolak menyimpan perubahan. Pekerjaan Anda tetap ada di tab ini; unduh salinannya sekarang.',
    en: 'The browser refused to store the changes. Your work is still in this tab; download a copy now.',
  },
  'shell.storage.invalidMessage': {
    id: 'Kesalahan dalam Alir: SOP ini melanggar aturan format berkas, sehingga tidak disimpan (jika disimpan, SOP tidak akan terbaca lagi saat aplikasi dibuka kembali). Pekerjaan Anda tetap ada di tab ini; unduh salinannya, batalkan perubahan terakhir (Ctrl+Z), dan laporkan pesan ini:',
    en: 'An error in Alir: this SOP breaks a rule of the file format, so it was not stored (stored, it could not be read back when the app opens again). Your work is still in this tab; download a copy, undo the last change (Ctrl+Z), and report this message:',
  },
  'shell.storage.download': { id: 'Unduh salinan (.sop.json)', en: 'Download a copy (.sop.json)' },

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
  'shell.notice.quarantined': {
    id: '{count} entri pustaka tidak dapat dibaca. Entri itu disisihkan (tidak dihapus):',
    en: '{count} library entries could not be read. They were set aside (not deleted):',
  },
  'shell.notice.quarantinedItem': { id: '{key} → {movedTo}', en: '{key} → {movedTo}' },
  'shell.notice.quarantinedKept': {
    id: '{key} (dibiarkan di tempatnya)',
    en: '{key} (left where it was)',
  },
  'shell.notice.imported': { id: 'Cadangan diimpor: {parts}.', en: 'Backup imported: {parts}.' },
  'shell.notice.importedNothing': {
    id: 'Cadangan tidak berisi SOP.',
    en: 'The backup holds no SOP.',
  },
  'shell.notice.importedAdded': {
    id: '{count} SOP baru ditambahkan',
    en: '{count} new SOPs added',
  },
  'shell.notice.importedReplaced': {
    id: '{count} diganti dengan versi cadangan',
    en: '{count} replaced by the backup’s version',
  },
  'shell.notice.importedKept': {
    id: '{count} disimpan berdampingan sebagai salinan',
    en: '{count} kept beside as copies',
  },
  'shell.notice.importedSkipped': {
    id: '{count} dilewati (sudah ada)',
    en: '{count} skipped (already here)',
  },
  'shell.notice.importedFailed': {
    id: '{count} tidak dapat disimpan (penyimpanan penuh atau menolak)',
    en: '{count} could not be stored (storage full or refused)',
  },
  'shell.notice.leaveConflict': {
    id: 'SOP lain tidak dibuka: SOP yang terbuka diubah di tab lain dan versi Anda belum tersimpan. Pilih dulu versi yang dipakai pada pesan konflik.',
    en: 'The other SOP was not opened: the open SOP was changed in another tab and your version is not stored. First choose a version in the conflict message.',
  },
  'shell.notice.leaveUnsaved': {
    id: 'SOP lain tidak dibuka: perubahan pada SOP yang terbuka belum tersimpan. Unduh salinannya atau kosongkan ruang penyimpanan dulu.',
    en: 'The other SOP was not opened: the changes to the open SOP are not stored. Download a copy or free some storage first.',
  },
  'shell.notice.quarantinedNewer': {
    id: '{key}: dibuat oleh versi Alir yang lebih baru; dibiarkan di tempatnya. Muat ulang halaman untuk memperbarui Alir, lalu SOP ini terbuka lagi.',
    en: '{key}: made by a newer version of Alir; left where it was. Reload the page to update Alir, and this SOP opens again.',
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
  'shell.notice.recovered': {
    id: 'Perubahan yang belum tersimpan saat halaman ditutup dipulihkan sebagai SOP baru, karena SOP aslinya sudah diubah di tab lain: {names}',
    en: 'Changes not yet stored when the page closed were recovered as new SOPs, because the original was changed in another tab: {names}',
  },
  'shell.recoveredName': { id: '{name} (dipulihkan)', en: '{name} (recovered)' },
  'shell.notice.dismiss': { id: 'Tutup pesan', en: 'Dismiss' },

  'shell.conflict.changed': {
    id: 'SOP ini baru saja diubah di tab atau jendela lain. Versi mana yang ingin Anda pakai?',
    en: 'This SOP was just changed in another tab or window. Which version do you want?',
  },
  'shell.conflict.deleted': {
    id: 'SOP ini dihapus di tab atau jendela lain. Versi Anda masih ada di sini.',
    en: 'This SOP was deleted in another tab or window. Your version is still here.',
  },
  'shell.conflict.reload': { id: 'Muat versi dari tab lain', en: 'Load the other tab’s version' },
  'shell.conflict.close': { id: 'Tutup SOP ini', en: 'Close this SOP' },
  'shell.conflict.copy': { id: 'Simpan versi saya sebagai salinan', en: 'Keep mine as a copy' },

  'shell.delete.done': { id: '“{name}” dihapus.', en: '“{name}” deleted.' },
  'shell.bulk.skipped': {
    id: 'tidak dimasukkan ke zip: {list}',
    en: 'left out of the zip: {list}',
  },
  'shell.bulk.unreadable': { id: 'tidak terbaca', en: 'unreadable' },
  'shell.bulk.tooLarge': {
    id: 'berkas SOP melebihi 10 MiB',
    en: 'its SOP file is over 10 MiB',
  },
  'shell.bulk.exportAll': { id: 'Ekspor semua (.zip)', en: 'Export all (.zip)' },
  'shell.bulk.exportSelected': { id: 'Ekspor (.zip)', en: 'Export (.zip)' },
  'shell.bulk.deleteSelected': { id: 'Hapus', en: 'Delete' },
  'shell.bulk.clear': { id: 'Batal pilih', en: 'Clear selection' },
  'shell.bulk.selected': { id: '{count} dipilih', en: '{count} selected' },
  'shell.bulk.progress': {
    id: 'Mengekspor {done} dari {total} SOP…',
    en: 'Exporting {done} of {total} SOPs…',
  },
  'shell.bulk.cancel': { id: 'Hentikan', en: 'Stop' },
  'shell.bulk.fileName': { id: 'sop-pustaka', en: 'sop-library' },
  'shell.bulk.selectItem': { id: 'Pilih {name}', en: 'Select {name}' },
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
  'shell.library.noMatch': {
    id: 'Tidak ada SOP yang cocok dengan “{query}”.',
    en: 'No SOP matches “{query}”.',
  },
  'shell.library.shown': { id: '{shown} dari {count}', en: '{shown} of {count}' },
  'shell.library.officialName': { id: 'Nama SOP: {name}', en: 'SOP name: {name}' },
  'shell.delete.doneMany': { id: '{count} SOP dihapus.', en: '{count} SOPs deleted.' },
  'shell.delete.undo': { id: 'Batalkan hapus', en: 'Undo delete' },
} as const satisfies StringTable;
