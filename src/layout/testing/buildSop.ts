import { DEFAULT_SHEET, emptyIdentity } from '../../model/defaults';
import type { SheetOptions, SopDocument, SymbolShape } from '../../model/types';

/** One symbol of a hand-built SOP: its actor (0-based) and shape, process by default. */
export type SymbolSpec = number | { actor: number; shape?: SymbolShape };

/** A hand-built SOP for tests: rows of symbols, flows between symbol names "row.k" (k 0-based). */
export interface SopSpec {
  actors: number;
  /** Each row's symbols in stacking order. */
  rows: SymbolSpec[][];
  /** [from, to, label?] with symbols named `${row}.${k}`, rows 0-based. */
  flows: [string, string, string?][];
  sheet?: Partial<SheetOptions>;
  /** Rows (0-based) that start a new page. */
  breaks?: number[];
}

/**
 * Builds a SopDocument from a compact description, so a test can draw exactly
 * the crowded shapes it means (a decision with four exits, many loops in one column…).
 */
export function buildSop(spec: SopSpec): SopDocument {
  const actors = Array.from({ length: spec.actors }, (_, i) => ({
    id: `a${i + 1}`,
    name: `Pelaksana ${i + 1}`,
  }));
  const steps = spec.rows.map((row, r) => ({
    id: `s${r + 1}`,
    activity: `Kegiatan ${r + 1}`,
    requirements: '',
    time: '',
    output: '',
    notes: '',
    symbols: row.map((s, k) => {
      const { actor, shape } = typeof s === 'number' ? { actor: s, shape: undefined } : s;
      return { id: symbolId(`${r}.${k}`), shape: shape ?? 'process', actor: actors[actor]!.id };
    }),
    ...(spec.breaks?.includes(r) ? { pageBreakBefore: true } : {}),
  }));
  const flows = spec.flows.map(([from, to, label], i) => ({
    id: `f${i + 1}`,
    from: symbolId(from),
    to: symbolId(to),
    label: label ?? '',
  }));
  return {
    identity: { ...emptyIdentity(), name: 'Built SOP' },
    actors,
    steps,
    flows,
    sheet: { ...DEFAULT_SHEET, labels: { ...DEFAULT_SHEET.labels }, ...spec.sheet },
  };
}

/** The symbol id buildSop gives the symbol named `row.k`. */
export function symbolId(name: string): string {
  return `n${name.replace('.', '_')}`;
}
