import type { Language } from '../i18n/table';

type Texts = { id: string; en: string };

/** Lists of the file whose items a user counts: "Langkah 4", "Panah ke-1". */
const ITEMS: Record<string, Texts> = {
  steps: { id: 'Langkah {n}', en: 'Step {n}' },
  symbols: { id: 'simbol {n}', en: 'symbol {n}' },
  flows: { id: 'Panah ke-{n}', en: 'Arrow {n}' },
  actors: { id: 'Pelaksana ke-{n}', en: 'Actor {n}' },
  documents: { id: 'SOP ke-{n}', en: 'SOP {n}' },
  organization: { id: 'Nama instansi baris {n}', en: 'Organization line {n}' },
  legalBasis: { id: 'Dasar Hukum butir {n}', en: 'Legal basis item {n}' },
  qualifications: { id: 'Kualifikasi Pelaksana butir {n}', en: 'Qualifications item {n}' },
  relatedSops: { id: 'Keterkaitan butir {n}', en: 'Related SOPs item {n}' },
  equipment: { id: 'Peralatan/Perlengkapan butir {n}', en: 'Equipment item {n}' },
  warnings: { id: 'Peringatan butir {n}', en: 'Warnings item {n}' },
  records: { id: 'Pencatatan dan Pendataan butir {n}', en: 'Records item {n}' },
};

/** Fields by the names the screens give them. */
const FIELDS: Record<string, Texts> = {
  sop: { id: 'SOP', en: 'SOP' },
  identity: { id: 'Identitas', en: 'Identity' },
  sheet: { id: 'Lembar cetak', en: 'Print sheet' },
  number: { id: 'Nomor SOP', en: 'SOP number' },
  name: { id: 'nama', en: 'name' },
  unit: { id: 'Unit kerja', en: 'Unit' },
  logo: { id: 'Logo', en: 'Logo' },
  createdDate: { id: 'Tanggal Pembuatan', en: 'Date made' },
  revisionDate: { id: 'Tanggal Revisi', en: 'Revision date' },
  effectiveDate: { id: 'Tanggal Efektif', en: 'Effective date' },
  approver: { id: 'Pengesah', en: 'Approver' },
  title: { id: 'jabatan', en: 'title' },
  nip: { id: 'NIP', en: 'NIP' },
  activity: { id: 'Kegiatan', en: 'Activity' },
  requirements: { id: 'Kelengkapan', en: 'Requirements' },
  time: { id: 'Waktu', en: 'Time' },
  output: { id: 'Output', en: 'Output' },
  notes: { id: 'Keterangan', en: 'Notes' },
  actor: { id: 'pelaksana', en: 'actor' },
  shape: { id: 'bentuk', en: 'shape' },
  from: { id: 'asal', en: 'from' },
  to: { id: 'tujuan', en: 'to' },
  label: { id: 'label', en: 'label' },
  id: { id: 'id', en: 'id' },
  paper: { id: 'kertas', en: 'paper' },
  orientation: { id: 'arah kertas', en: 'orientation' },
  labels: { id: 'judul kolom', en: 'column labels' },
};

/** Names that depend on where they sit: the SOP's own name, an actor's name. */
const FIELDS_IN: Record<string, Texts> = {
  'identity.name': { id: 'Nama SOP', en: 'SOP name' },
  'approver.name': { id: 'nama pengesah', en: "approver's name" },
};

/** Parts that only group others: named when nothing follows them. */
const GROUPS = new Set(['sop', 'identity']);

/** "steps[3].symbols[0].actor" as its parts: a name, or a name and an index. */
function segments(path: string): { key: string; index: number | null }[] | null {
  const out: { key: string; index: number | null }[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]/g;
  let last = 0;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    const between = path.slice(last, m.index);
    if (between !== '' && between !== '.') return null;
    last = re.lastIndex;
    if (m[1] !== undefined) out.push({ key: m[1], index: null });
    else if (out.length > 0 && out[out.length - 1]!.index === null)
      out[out.length - 1]!.index = Number(m[2]);
    else return null;
  }
  return last === path.length ? out : null;
}

/**
 * Where in the SOP a file error is, as a user reads the screens: "Langkah 4, simbol 1,
 * pelaksana" for `steps[3].symbols[0].actor`, "Panah ke-1, tujuan" for `flows[0].to`. Null
 * when some part of the path has no such name (the path is then shown as it is).
 */
export function describeFilePlace(path: string, lang: Language): string | null {
  const parts = segments(path);
  if (!parts || parts.length === 0) return null;
  const words: string[] = [];
  for (const [k, { key, index }] of parts.entries()) {
    if (index !== null) {
      const item = ITEMS[key];
      if (!item) return null;
      words.push(item[lang].replace('{n}', String(index + 1)));
      continue;
    }
    const parent = parts[k - 1];
    const field = (parent && FIELDS_IN[`${parent.key}.${key}`]) ?? FIELDS[key];
    if (!field) return null;
    // "sop" and "identity" say nothing a user needs when a field of theirs follows.
    if (GROUPS.has(key) && k < parts.length - 1) continue;
    words.push(field[lang]);
  }
  return words.join(', ');
}
