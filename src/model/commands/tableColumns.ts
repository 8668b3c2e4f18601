import type { ColumnLabels } from '../types';

/*
 * What each column of a pasted or imported SOP table holds. Offices copy their
 * tables from Word and Excel with the headers they use — "Uraian Kegiatan",
 * "Persyaratan/Kelengkapan", "Lanjut ke No. (YA)" — in any order; the header row
 * says where each field is, so nothing lands in the wrong column.
 */

export type ColumnRole =
  | 'no'
  | 'activity'
  | 'actor'
  | 'symbol'
  | 'requirements'
  | 'time'
  | 'output'
  | 'notes'
  | 'next'
  | 'nextYes'
  | 'nextNo'
  | 'skip';

/** The steps table's own column order: what a table without a header is read as. */
export const STEPS_TABLE_ORDER: readonly ColumnRole[] = [
  'activity',
  'actor',
  'symbol',
  'requirements',
  'time',
  'output',
  'notes',
];

/** A header cell as compared: lower case, punctuation as spaces, single spaces. */
export function normalHeader(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Header spellings met in agencies' tables (Indonesian and English), by role. */
const SPELLINGS: Record<Exclude<ColumnRole, 'skip' | 'nextYes' | 'nextNo' | 'next'>, string[]> = {
  no: ['no', 'nomor', 'no urut', 'nomor urut', 'number'],
  activity: [
    'kegiatan',
    'uraian kegiatan',
    'uraian',
    'aktivitas',
    'uraian aktivitas',
    'langkah',
    'uraian prosedur',
    'prosedur',
    'activity',
    'activities',
    'step',
    'description',
  ],
  actor: ['pelaksana', 'pelaku', 'penanggung jawab', 'pj', 'pic', 'actor', 'performer', 'role'],
  symbol: ['simbol', 'symbol', 'bentuk', 'shape', 'jenis simbol'],
  requirements: [
    'kelengkapan',
    'persyaratan',
    'persyaratan kelengkapan',
    'kelengkapan persyaratan',
    'syarat',
    'input',
    'masukan',
    'bahan',
    'requirements',
    'requirement',
    'mutu baku kelengkapan',
  ],
  time: ['waktu', 'durasi', 'lama', 'time', 'duration', 'mutu baku waktu', 'waktu penyelesaian'],
  output: ['output', 'keluaran', 'hasil', 'mutu baku output', 'result'],
  notes: ['keterangan', 'ket', 'catatan', 'notes', 'note', 'remarks', 'keterangan catatan'],
};

const EXACT = new Map<string, ColumnRole>(
  Object.entries(SPELLINGS).flatMap(([role, names]) =>
    names.map((n) => [n, role as ColumnRole] as const),
  ),
);

const words = (text: string) => new Set(text.split(' '));

/** The role a header cell names, or null when it names none. The SOP's own column labels count too. */
export function roleOfHeader(cell: string, labels?: ColumnLabels): ColumnRole | null {
  const h = normalHeader(cell);
  if (h === '') return null;
  if (labels) {
    for (const role of ['activity', 'requirements', 'time', 'output', 'notes'] as const)
      if (normalHeader(labels[role]) === h) return role;
  }
  const exact = EXACT.get(h);
  if (exact) return exact;
  const w = words(h);
  // "Lanjut ke No. (YA)", "Jika Ya", "(TIDAK)", "Next (No)": the exits of a decision.
  const isNext = w.has('lanjut') || w.has('next') || w.has('menuju') || h.startsWith('ke ');
  if (w.has('ya') || w.has('yes')) return 'nextYes';
  if (w.has('tidak') || (isNext && w.has('no') && !h.startsWith('lanjut ke no') && w.size <= 2))
    return 'nextNo';
  if (isNext) return 'next';
  // "Mutu Baku Kelengkapan", "Persyaratan/Kelengkapan Dokumen": a known word inside a longer header.
  for (const [role, names] of Object.entries(SPELLINGS) as [ColumnRole, string[]][]) {
    if (role === 'no') continue;
    if (names.some((n) => !n.includes(' ') && n.length > 3 && w.has(n))) return role;
  }
  return null;
}

/**
 * The roles of a header row, or null when the row is not a header: it must name the
 * activity and at least one other field, and most of its filled cells must be names.
 * Unknown columns are skipped; a role named twice keeps its first column.
 */
export function headerRoles(row: readonly string[], labels?: ColumnLabels): ColumnRole[] | null {
  const roles = row.map((cell) => roleOfHeader(cell, labels));
  const filled = row.filter((c) => c.trim() !== '').length;
  const known = roles.filter((r) => r !== null);
  if (!roles.includes('activity') || known.length < 2 || known.length * 2 < filled) return null;
  const seen = new Set<ColumnRole>();
  return roles.map((role) => {
    if (role === null || seen.has(role)) return 'skip';
    seen.add(role);
    return role;
  });
}

/** The fields of one row, read through a column mapping. */
export interface RowFields {
  no: string;
  activity: string;
  actor: string;
  symbol: string;
  requirements: string;
  time: string;
  output: string;
  notes: string;
  next: string;
  nextYes: string;
  nextNo: string;
}

export function readRow(row: readonly string[], roles: readonly ColumnRole[]): RowFields {
  const fields: RowFields = {
    no: '',
    activity: '',
    actor: '',
    symbol: '',
    requirements: '',
    time: '',
    output: '',
    notes: '',
    next: '',
    nextYes: '',
    nextNo: '',
  };
  roles.forEach((role, i) => {
    if (role !== 'skip') fields[role] = (row[i] ?? '').trim();
  });
  return fields;
}

/** The row numbers a "Lanjut ke" cell names: "3", "3, 5", "3 dan 5", "ke 4". */
export function rowNumbers(cell: string): number[] {
  return [...cell.matchAll(/\d+/g)].map((m) => Number(m[0])).filter((n) => n > 0);
}
