import { DEFAULT_LABELS, DEFAULT_SHEET } from './defaults';
import type { Actor, Flow, SopDocument, Step, SymbolShape } from './types';

/*
 * The SOP shown on first start: a complete, realistic example so a new user sees
 * every part of the official sheet filled in (identity page, several actors, two
 * decisions, a loop back, start and end). The agency and region are fictional.
 */

const ACTORS: Actor[] = [
  { id: 'a-pengguna', name: 'Pengguna Data' },
  { id: 'a-petugas', name: 'Petugas PST' },
  { id: 'a-ketua', name: 'Ketua Tim Pelayanan Statistik' },
  { id: 'a-statistisi', name: 'Statistisi Fungsi Teknis' },
  { id: 'a-kepala', name: 'Kepala BPS Kabupaten' },
];

// [activity, requirements, time, output, notes, shape, actor]
type Row = [string, string, string, string, string, SymbolShape, string];

const ROWS: Row[] = [
  [
    'Mengajukan permohonan data melalui surat, surel, atau datang langsung ke PST',
    'Surat permohonan atau formulir permintaan data',
    '10 menit',
    'Permohonan data',
    '',
    'terminator',
    'a-pengguna',
  ],
  [
    'Menerima permohonan dan mencatatnya dalam buku register pelayanan',
    'Permohonan data, buku register pelayanan',
    '10 menit',
    'Permohonan tercatat',
    '',
    'process',
    'a-petugas',
  ],
  [
    'Memeriksa apakah data yang diminta sudah tersedia dalam publikasi atau basis data BPS',
    'Permohonan tercatat, daftar publikasi',
    '15 menit',
    'Hasil pemeriksaan ketersediaan data',
    'Ya: data tersedia; Tidak: perlu diolah',
    'decision',
    'a-petugas',
  ],
  [
    'Mendisposisikan permohonan kepada fungsi teknis yang menangani data',
    'Permohonan tercatat, lembar disposisi',
    '30 menit',
    'Disposisi permohonan',
    '',
    'process',
    'a-ketua',
  ],
  [
    'Mengolah dan menyusun tabel data sesuai permintaan',
    'Disposisi permohonan, basis data mentah',
    '1 - 2 hari',
    'Draf tabel data',
    '',
    'process',
    'a-statistisi',
  ],
  [
    'Memeriksa kesesuaian tabel dengan permintaan dan ketentuan kerahasiaan data',
    'Draf tabel data, permohonan data',
    '1 jam',
    'Tabel data terverifikasi',
    'Tidak sesuai: dikembalikan untuk diperbaiki',
    'decision',
    'a-ketua',
  ],
  [
    'Menandatangani surat pengantar penyampaian data',
    'Tabel data terverifikasi, konsep surat pengantar',
    '30 menit',
    'Surat pengantar bertanda tangan',
    '',
    'process',
    'a-kepala',
  ],
  [
    'Menyampaikan data dan surat pengantar kepada pengguna data',
    'Tabel data, surat pengantar',
    '15 menit',
    'Data terkirim',
    'Melalui surel atau diambil langsung',
    'process',
    'a-petugas',
  ],
  [
    'Menerima data dan mengisi survei kepuasan pelayanan',
    'Data terkirim, formulir survei kepuasan',
    '10 menit',
    'Survei kepuasan terisi',
    '',
    'process',
    'a-pengguna',
  ],
  [
    'Mencatat penyelesaian layanan dan mengarsipkan berkas permohonan',
    'Buku register pelayanan, berkas permohonan',
    '10 menit',
    'Arsip pelayanan data',
    '',
    'terminator',
    'a-petugas',
  ],
];

// [from step, to step, label], steps numbered from 1 as on the sheet.
const FLOWS: [number, number, string][] = [
  [1, 2, ''],
  [2, 3, ''],
  [3, 8, 'Ya'],
  [3, 4, 'Tidak'],
  [4, 5, ''],
  [5, 6, ''],
  [6, 7, 'Ya'],
  [6, 5, 'Tidak'],
  [7, 8, ''],
  [8, 9, ''],
  [9, 10, ''],
];

/** The embedded example SOP shown on first start ("Pelayanan Permohonan Data Statistik"). */
export function sampleDocument(): SopDocument {
  const steps: Step[] = ROWS.map(
    ([activity, requirements, time, output, notes, shape, actor], i) => ({
      id: `s${i + 1}`,
      activity,
      requirements,
      time,
      output,
      notes,
      symbols: [{ id: `n${i + 1}`, shape, actor }],
    }),
  );
  const flows: Flow[] = FLOWS.map(([from, to, label], i) => ({
    id: `f${i + 1}`,
    from: `n${from}`,
    to: `n${to}`,
    label,
  }));
  return {
    identity: {
      organization: ['BADAN PUSAT STATISTIK', 'KABUPATEN CONTOH'],
      unit: 'TIM PELAYANAN STATISTIK TERPADU',
      logo: null,
      number: 'SOP-012/PST/2025',
      createdDate: '2025-03-10',
      revisionDate: null,
      effectiveDate: '2025-04-01',
      approver: {
        title: 'Kepala BPS Kabupaten Contoh',
        name: 'Dr. Rina Kartikasari, S.Si., M.Stat.',
        nip: '197805122001122003',
      },
      name: 'Pelayanan Permohonan Data Statistik',
      legalBasis: [
        'Undang-Undang Nomor 16 Tahun 1997 tentang Statistik',
        'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
        'Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelenggaraan Statistik',
        'Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
      ],
      qualifications: [
        'Memahami jenis dan sumber data statistik BPS',
        'Mampu mengoperasikan komputer dan aplikasi pengolah data',
        'Memahami ketentuan kerahasiaan data statistik',
      ],
      relatedSops: [
        'SOP Penyusunan Tabel Statistik',
        'SOP Pengelolaan Surat Masuk',
        'SOP Survei Kepuasan Pelayanan',
      ],
      equipment: [
        'Komputer dan printer',
        'Jaringan internet',
        'Buku register pelayanan',
        'Formulir permintaan data',
      ],
      warnings: [
        'Jika SOP ini tidak dilaksanakan, permintaan data tidak terlayani tepat waktu dan data yang bersifat rahasia dapat terbuka',
      ],
      records: ['Buku register pelayanan data', 'Arsip surat permohonan dan surat pengantar data'],
    },
    actors: ACTORS.map((a) => ({ ...a })),
    steps,
    flows,
    sheet: { ...DEFAULT_SHEET, labels: { ...DEFAULT_LABELS } },
  };
}
