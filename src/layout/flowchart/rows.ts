import type { SopDocument, SopSymbol, Step } from '../../model/types';
import type { Column, SymbolBox, TextAlign, TextBlock, TextMeasurer } from '../geometry';
import { lanePitch } from '../routing/types';
import { wrapWords } from '../text/wrap';
import { FLOWCHART_STYLE, baseline, symbolSize, textHeight } from './metrics';

type CellKind = 'no' | 'activity' | 'requirements' | 'time' | 'output' | 'notes';
const CELL_KINDS: CellKind[] = ['no', 'activity', 'requirements', 'time', 'output', 'notes'];
const ALIGN: Record<CellKind, TextAlign> = {
  no: 'center',
  activity: 'left',
  requirements: 'left',
  time: 'center',
  output: 'left',
  notes: 'left',
};

interface StackedSymbol {
  symbol: SopSymbol;
  width: number;
  height: number;
  /** Distance from the top of the cell's stack to the symbol's top. */
  offset: number;
}

/** A step's row measured once, placed on whichever page it lands. */
export interface MeasuredRow {
  step: Step;
  number: number;
  height: number;
  cells: Map<CellKind, string[]>;
  /** The cells whose words the wrapper had to cut with a hyphen. */
  hyphenated: Set<CellKind>;
  /** The row's symbols grouped by actor column, top to bottom. */
  stacks: Map<string, { height: number; symbols: StackedSymbol[] }>;
}

/**
 * Wraps every cell and stacks every symbol of every step; the row height is the
 * larger need. `extraTracks` gives a row (by step index) room for that many more
 * arrow tracks above and below its symbols, where routing found it crowded.
 */
export function measureRows(
  doc: SopDocument,
  columns: Column[],
  symbolScale: number,
  measure: TextMeasurer,
  maxHeight = Infinity,
  extraTracks: ReadonlyMap<number, number> = new Map(),
): MeasuredRow[] {
  const { bodyFont, cellPadding: pad, symbolPadding, stackGap } = FLOWCHART_STYLE;
  const widthOf = new Map(columns.map((c) => [c.kind, c.width]));
  const actorIds = new Set(columns.map((c) => c.actorId));
  return doc.steps.map((step, index) => {
    const cells = new Map<CellKind, string[]>();
    const hyphenated = new Set<CellKind>();
    let textNeed = 0;
    for (const kind of CELL_KINDS) {
      const text = kind === 'no' ? String(index + 1) : step[kind];
      const wrapped =
        text.trim() === ''
          ? { lines: [], hyphenated: [] }
          : wrapWords(text, (widthOf.get(kind) ?? 0) - 2 * pad, bodyFont, false, measure);
      if (wrapped.hyphenated.includes(true)) hyphenated.add(kind);
      cells.set(kind, fitLines(wrapped.lines, maxHeight - 2 * pad));
      textNeed = Math.max(textNeed, textHeight(cells.get(kind)!.length, bodyFont) + 2 * pad);
    }
    const stacks = new Map<string, { height: number; symbols: StackedSymbol[] }>();
    for (const symbol of step.symbols) {
      if (!actorIds.has(symbol.actor)) continue;
      const size = symbolSize(symbol.shape, symbolScale);
      const stack = stacks.get(symbol.actor) ?? { height: -stackGap, symbols: [] };
      stack.height += stackGap;
      stack.symbols.push({ symbol, ...size, offset: stack.height });
      stack.height += size.height;
      stacks.set(symbol.actor, stack);
    }
    const base = Math.max(0, ...[...stacks.values()].map((s) => s.height)) + 2 * symbolPadding;
    // Extra tracks never make a row taller than a page allows.
    const extra = 2 * (extraTracks.get(index) ?? 0) * lanePitch(symbolScale);
    const symbolNeed = Math.max(base, Math.min(base + extra, maxHeight));
    return {
      step,
      number: index + 1,
      height: Math.max(textNeed, symbolNeed),
      cells,
      hyphenated,
      stacks,
    };
  });
}

/**
 * A row never splits across pages, so a cell taller than a whole page is cut
 * to what fits, its last line marked with an ellipsis.
 */
function fitLines(lines: string[], height: number): string[] {
  const fits = Math.max(1, Math.floor(height / textHeight(1, FLOWCHART_STYLE.bodyFont)));
  if (lines.length <= fits) return lines;
  return [...lines.slice(0, fits - 1), `${lines[fits - 1] ?? ''} …`];
}

/** The texts and symbol boxes of a measured row whose top is at `y`. */
export function placeRow(
  row: MeasuredRow,
  y: number,
  columns: Column[],
): { texts: TextBlock[]; symbols: SymbolBox[] } {
  const { bodyFont, cellPadding: pad } = FLOWCHART_STYLE;
  const texts: TextBlock[] = [];
  const symbols: SymbolBox[] = [];
  for (const column of columns) {
    if (column.kind === 'actor') {
      const stack = column.actorId === undefined ? undefined : row.stacks.get(column.actorId);
      if (!stack) continue;
      const top = y + (row.height - stack.height) / 2;
      const centre = column.x + column.width / 2;
      for (const s of stack.symbols) {
        symbols.push({
          symbolId: s.symbol.id,
          stepId: row.step.id,
          actorId: s.symbol.actor,
          shape: s.symbol.shape,
          x: centre - s.width / 2,
          y: top + s.offset,
          width: s.width,
          height: s.height,
        });
      }
      continue;
    }
    const lines = row.cells.get(column.kind) ?? [];
    if (lines.length === 0) continue;
    const align = ALIGN[column.kind];
    const x =
      align === 'center'
        ? column.x + column.width / 2
        : align === 'left'
          ? column.x + pad
          : column.x + column.width - pad;
    // Centred in the row, as the row's symbols are: text and its symbol read as one line.
    const top = y + (row.height - textHeight(lines.length, bodyFont)) / 2;
    texts.push({
      lines: lines.map((text, i) => ({ text, x, y: baseline(top, i, bodyFont) })),
      align,
      fontSize: bodyFont,
      bold: false,
      source: column.kind === 'no' ? String(row.number) : row.step[column.kind],
      ...(column.kind === 'no'
        ? {}
        : { place: { kind: 'step' as const, id: row.step.id, field: column.kind } }),
      ...(row.hyphenated.has(column.kind) ? { hyphenated: true as const } : {}),
    });
  }
  return { texts, symbols };
}
