import { DEFAULT_SHEET, emptyIdentity } from '../../model/defaults';
import type { Flow, Orientation, Paper, SopDocument, SopSymbol, Step } from '../../model/types';

/** Shape of a generated SOP; every rate is a probability per step. */
export interface GenerateOptions {
  seed: number;
  steps: number;
  actors: number;
  decisionRate?: number;
  /** Decisions whose second exit loops back to an earlier row. */
  loopRate?: number;
  /** Rows with a second symbol (in another column, or stacked in the same cell). */
  multiSymbolRate?: number;
  pageBreakRate?: number;
  paper?: Paper;
  orientation?: Orientation;
  repeatHeader?: boolean;
  connectorLetters?: boolean;
  /** Most words in a generated text cell. */
  maxWords?: number;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same SOP everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'menerima memeriksa surat permohonan dokumen kelengkapan data laporan menyusun mengirim verifikasi persetujuan kepala bagian umum staf berkas nomor agenda arsip disposisi tindak lanjut hasil rapat anggaran realisasi'.split(
    ' ',
  );

/**
 * A realistic random SOP for tests and benchmarks: a start and an end
 * terminator, mostly sequential flows between neighbouring actors, decisions
 * with a "Ya" exit forward and a "Tidak" exit that skips ahead or loops back.
 */
export function generateSop(options: GenerateOptions): SopDocument {
  const rnd = seededRandom(options.seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const { steps: stepCount, actors: actorCount } = options;
  const decisionRate = options.decisionRate ?? 0.1;
  const loopRate = options.loopRate ?? 0.05;
  const multiRate = options.multiSymbolRate ?? 0.1;
  const maxWords = options.maxWords ?? 12;
  const text = (min: number): string =>
    Array.from({ length: min + int(maxWords - min + 1) }, () => WORDS[int(WORDS.length)]).join(' ');

  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `a${i + 1}`,
    name: i % 3 === 0 ? `Kepala Bagian ${i + 1}` : `Staf ${i + 1}`,
  }));
  let actor = int(actorCount);
  let nextId = 1;
  const steps: Step[] = [];
  for (let i = 0; i < stepCount; i++) {
    const last = i === stepCount - 1;
    const r = rnd();
    // Flows mostly stay in a column or move to a neighbour, now and then jump.
    actor =
      r < 0.4
        ? actor
        : r < 0.85
          ? clamp(actor + (rnd() < 0.5 ? -1 : 1), actorCount)
          : int(actorCount);
    const shape = i === 0 || last ? 'terminator' : rnd() < decisionRate ? 'decision' : 'process';
    const symbols: SopSymbol[] = [{ id: `n${nextId++}`, shape, actor: actors[actor]!.id }];
    if (!last && i > 0 && rnd() < multiRate) {
      const other = rnd() < 0.3 ? actor : int(actorCount);
      symbols.push({ id: `n${nextId++}`, shape: 'process', actor: actors[other]!.id });
    }
    steps.push({
      id: `s${i + 1}`,
      activity: text(2),
      requirements: text(0),
      time: rnd() < 0.8 ? `${1 + int(30)} menit` : '',
      output: text(0),
      notes: rnd() < 0.3 ? text(0) : '',
      symbols,
      ...(i > 0 && rnd() < (options.pageBreakRate ?? 0) ? { pageBreakBefore: true } : {}),
    });
  }

  const flows: Flow[] = [];
  const connect = (from: string, to: string, label = ''): void => {
    flows.push({ id: `f${flows.length + 1}`, from, to, label });
  };
  for (let i = 0; i + 1 < steps.length; i++) {
    const here = steps[i]!.symbols;
    const next = steps[i + 1]!.symbols;
    here.forEach((s, k) => {
      if (s.shape !== 'decision') {
        connect(s.id, next[Math.min(k, next.length - 1)]!.id);
        return;
      }
      connect(s.id, next[0]!.id, 'Ya');
      const back = rnd() < loopRate / Math.max(decisionRate, 1e-9) && i > 0;
      const row = back ? Math.max(0, i - 1 - int(6)) : Math.min(steps.length - 1, i + 2 + int(2));
      const targets = steps[row]!.symbols;
      connect(s.id, targets[int(targets.length)]!.id, 'Tidak');
    });
    // A second symbol in the next row still needs a way in.
    next.slice(here.length).forEach((s) => connect(here[here.length - 1]!.id, s.id));
  }

  return {
    identity: { ...emptyIdentity(), name: `Generated SOP ${options.seed}` },
    actors,
    steps,
    flows,
    sheet: {
      ...DEFAULT_SHEET,
      paper: options.paper ?? 'A4',
      orientation: options.orientation ?? 'landscape',
      repeatHeader: options.repeatHeader ?? true,
      connectorLetters: options.connectorLetters ?? true,
      labels: { ...DEFAULT_SHEET.labels },
    },
  };
}

function clamp(i: number, n: number): number {
  return Math.max(0, Math.min(n - 1, i));
}
