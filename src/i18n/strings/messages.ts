import type { StringTable } from '../table';

/**
 * Strings of the messages (notices, the storage and conflict banners, the import choice, the
 * deletion toast): they load with
 * those parts' chunks, fetched after the first screen (dictionary.ts addStrings).
 */
export const messageStrings = {
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
  'shell.importChoice.sameTimeKnown': {
    id: 'Keduanya bertanggal sama; isinya kemungkinan sama.',
    en: 'Both carry the same time; they are most likely the same.',
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
  'shell.notice.recovered': {
    id: 'Perubahan yang belum tersimpan saat halaman ditutup dipulihkan sebagai SOP baru, karena SOP aslinya sudah diubah di tab lain: {names}',
    en: 'Changes not yet stored when the page closed were recovered as new SOPs, because the original was changed in another tab: {names}',
  },
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
  'shell.delete.doneMany': { id: '{count} SOP dihapus.', en: '{count} SOPs deleted.' },
  'shell.delete.undo': { id: 'Batalkan hapus', en: 'Undo delete' },
  'shell.update.ready': {
    id: 'Versi baru Alir sudah siap. Muat ulang untuk memakainya; pekerjaan Anda disimpan dulu.',
    en: 'A new version of Alir is ready. Reload to use it; your work is stored first.',
  },
  'shell.update.blocked': {
    id: 'Pekerjaan ini belum tersimpan, jadi halaman tidak dimuat ulang. Simpan atau unduh dulu, lalu coba lagi.',
    en: 'This work is not stored yet, so the page was not reloaded. Store or download it first, then try again.',
  },
  'shell.update.reload': { id: 'Muat ulang sekarang', en: 'Reload now' },
  'shell.update.later': { id: 'Nanti', en: 'Later' },
  'shell.notice.profileApplied': {
    id: 'Profil diterapkan ke {count} SOP. Untuk membatalkan pada satu SOP, buka SOP itu lalu Urungkan.',
    en: 'Profile applied to {count} SOPs. To take it back in one SOP, open it and Undo.',
  },
  'shell.notice.revisionDateOffer': {
    id: 'SOP ini berubah sejak ekspor terakhir. Isi Tanggal Revisi dengan hari ini ({date})?',
    en: 'This SOP changed since its last export. Set its Tanggal Revisi (revision date) to today ({date})?',
  },
  'shell.notice.revisionDateButton': { id: 'Isi Tanggal Revisi', en: 'Set the revision date' },
  'shell.notice.revisionDateSet': {
    id: 'Tanggal Revisi diisi {date}; ekspor lagi agar lembarnya memuatnya.',
    en: 'Revision date set to {date}; export again for the sheet to carry it.',
  },
} as const satisfies StringTable;
