import type { Orientation, Paper, SopDocument } from '../../model/types';
import { generateSop, seededRandom } from './generateSop';

const PAPERS: Paper[] = ['A4', 'F4', 'Letter', 'Legal'];
const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];

/** Actor names as agencies write them: long words the header must not split. */
const ACTOR_NAMES = [
  'Pemohon',
  'Pelaksana',
  'Penandatanganan',
  'Sekretaris Daerah',
  'Kepala Subbagian Perencanaan',
  'Pengadministrasi Umum',
  'Bendahara Pengeluaran',
  'Verifikator',
];

/** Labels of the Kelengkapan column seen on signed sheets. */
const REQUIREMENT_LABELS = ['Kelengkapan', 'Persyaratan/Perlengkapan', 'Kelengkapan Berkas'];

/**
 * The `index`-th of a fixed series of random SOPs for measuring word breaks: 1–15
 * actors with real-length names, every paper and orientation, a few steps (the
 * words matter here, not the arrows).
 */
export function wordySop(index: number): SopDocument {
  const rnd = seededRandom(1000 + index);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const doc = generateSop({
    seed: 1 + index,
    steps: 3 + Math.floor(rnd() * 6),
    actors: 1 + Math.floor(rnd() * 15),
    paper: pick(PAPERS),
    orientation: pick(ORIENTATIONS),
    multiSymbolRate: 0,
  });
  return {
    ...doc,
    actors: doc.actors.map((a) => ({ ...a, name: pick(ACTOR_NAMES) })),
    sheet: {
      ...doc.sheet,
      labels: { ...doc.sheet.labels, requirements: pick(REQUIREMENT_LABELS) },
    },
    steps: doc.steps.map((s, i) => ({
      ...s,
      requirements: i % 2 === 0 ? 'Kelengkapan' : s.requirements,
      time: i % 3 === 0 ? 'Waktu' : s.time,
    })),
  };
}
