import { DEFAULT_SHEET, emptyIdentity } from '../defaults';
import type { SopDocument, SymbolShape } from '../types';
import { checkSop } from './checkSop';

const SHAPES: Record<string, SymbolShape> = { t: 'terminator', p: 'process', d: 'decision' };

/**
 * Test support: a complete, tidy SOP from a compact sketch, so each rule test
 * shows only the part that matters. `rows` lists each step's symbols as
 * "shape" or "shape@actor" (t, p, d; actor a1 by default); symbols are numbered
 * n1, n2… in document order, steps s1, s2…. `arrows` are "n1>n2" or "n4>n5:Ya",
 * numbered f1, f2…. Identity, Waktu and Output are filled in.
 */
export function testSop(rows: string[][], arrows: string[]): SopDocument {
  let symbolCount = 0;
  const steps = rows.map((row, i) => ({
    id: `s${i + 1}`,
    activity: `Kegiatan ${i + 1}`,
    requirements: '',
    time: '10 menit',
    output: `Hasil ${i + 1}`,
    notes: '',
    symbols: row.map((spec) => {
      const [shape = 'p', actor = 'a1'] = spec.split('@');
      symbolCount += 1;
      return { id: `n${symbolCount}`, shape: SHAPES[shape] ?? 'process', actor };
    }),
  }));
  const flows = arrows.map((arrow, i) => {
    const [ends = '', label = ''] = arrow.split(':');
    const [from = '', to = ''] = ends.split('>');
    return { id: `f${i + 1}`, from, to, label };
  });
  const actorIds = new Set(['a1', ...steps.flatMap((s) => s.symbols.map((y) => y.actor))]);
  return {
    identity: {
      ...emptyIdentity(),
      number: 'SOP-001/2025',
      name: 'Contoh',
      effectiveDate: '2025-01-02',
      approver: { title: 'Kepala', name: 'Budi', nip: '' },
    },
    actors: [...actorIds].sort().map((id) => ({ id, name: `Pelaksana ${id}` })),
    steps,
    flows,
    sheet: DEFAULT_SHEET,
  };
}

/** A straight three-row SOP with no findings: start, one process, end. */
export const cleanRows = [['t'], ['p'], ['t']];
export const cleanArrows = ['n1>n2', 'n2>n3'];

/** Findings as "code kind:id" lines: short to read, exact to compare. */
export function brief(doc: SopDocument): string[] {
  return checkSop(doc).map((f) => `${f.code} ${f.target.kind}:${f.target.id}`);
}
