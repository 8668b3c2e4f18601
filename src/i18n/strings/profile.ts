import type { StringTable } from '../table';

/** Strings of the office profile dialogs: they load with those dialogs (dictionary.ts addStrings). */
export const profileStrings = {
  'profile.title': { id: 'Profil instansi', en: 'Office profile' },
  'profile.intro': {
    id: 'SOP baru dimulai dari profil ini. Isi identitas satu SOP sebagai standar kantor (instansi, unit, logo, pengesah, dasar hukum, kertas, label kolom), lalu jadikan profil. Bagian profil yang kosong tidak mengubah SOP.',
    en: 'New SOPs start from this profile. Fill in one SOP’s identity as the office standard (institution, unit, logo, approver, legal basis, paper, column labels), then make it the profile. Parts of the profile left empty never change an SOP.',
  },
  'profile.none': { id: 'Belum ada profil.', en: 'No profile yet.' },
  'profile.field.organization': { id: 'Instansi', en: 'Institution' },
  'profile.field.unit': { id: 'Unit', en: 'Unit' },
  'profile.field.logo': { id: 'Logo', en: 'Logo' },
  'profile.field.approver': { id: 'Disahkan oleh', en: 'Approved by' },
  'profile.field.legalBasis': { id: 'Dasar Hukum', en: 'Legal basis' },
  'profile.field.qualifications': { id: 'Kualifikasi Pelaksana', en: 'Qualifications' },
  'profile.field.relatedSops': { id: 'Keterkaitan', en: 'Related SOPs' },
  'profile.field.equipment': { id: 'Peralatan/Perlengkapan', en: 'Equipment' },
  'profile.field.warnings': { id: 'Peringatan', en: 'Warnings' },
  'profile.field.records': { id: 'Pencatatan dan Pendataan', en: 'Records' },
  'profile.field.paper': { id: 'Kertas', en: 'Paper' },
  'profile.field.labels': { id: 'Label kolom', en: 'Column labels' },
  'profile.items': { id: '{count} butir', en: '{count} items' },
  'profile.unset': { id: '(tidak diatur)', en: '(not set)' },
  'profile.fromOpen': {
    id: 'Jadikan identitas SOP ini sebagai profil',
    en: 'Make this SOP’s identity the profile',
  },
  'profile.applyOpen': { id: 'Terapkan ke SOP yang terbuka', en: 'Apply to the open SOP' },
  'profile.openChanges': {
    id: 'Pada SOP yang terbuka akan diubah: {fields}.',
    en: 'In the open SOP this changes: {fields}.',
  },
  'profile.openSame': {
    id: 'SOP yang terbuka sudah sesuai profil.',
    en: 'The open SOP already follows the profile.',
  },
  'profile.export': { id: 'Ekspor profil', en: 'Export profile' },
  'profile.import': { id: 'Impor profil', en: 'Import profile' },
  'profile.clear': { id: 'Hapus profil', en: 'Remove profile' },
  'profile.fileName': { id: 'profil-instansi', en: 'office-profile' },
  'profile.saveFailed': {
    id: 'Profil tidak dapat disimpan: penyimpanan peramban penuh atau menolak.',
    en: 'The profile could not be stored: the browser’s storage is full or refused.',
  },
  'profile.refused': {
    id: 'Berkas {file} bukan profil instansi yang dapat dibaca: {reason}',
    en: 'The file {file} is not an office profile that can be read: {reason}',
  },
  'profile.applyTitle': {
    id: 'Terapkan profil ke {count} SOP',
    en: 'Apply the profile to {count} SOPs',
  },
  'profile.applyIntro': {
    id: 'Yang akan diubah pada tiap SOP (Nama, Nomor, langkah dan tanggal tidak diubah). Setiap SOP dapat dibatalkan sendiri: buka SOP itu lalu Urungkan.',
    en: 'What changes in each SOP (name, number, steps and dates are left as they are). Each SOP can be taken back on its own: open it and Undo.',
  },
  'profile.applyNothing': { id: 'tidak ada yang berubah', en: 'nothing changes' },
  'profile.applyConfirm': { id: 'Terapkan ke {count} SOP', en: 'Apply to {count} SOPs' },
  'profile.loading': { id: 'Membaca SOP terpilih…', en: 'Reading the selected SOPs…' },
} as const satisfies StringTable;
