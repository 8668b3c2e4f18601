import type { SopDocument, Step } from '../../model/types';
import type { Column, TextMeasurer } from '../geometry';
import { FLOWCHART_STYLE, MAX_SYMBOL_WIDTH, MIN_CHANNEL } from './metrics';

type TextKind = 'activity' | 'requirements' | 'time' | 'output' | 'notes';
const TEXT_KINDS: TextKind[] = ['activity', 'requirements', 'time', 'output', 'notes'];

/**
 * Relative claim of each text column on spare width, its comfortable and its
 * last-resort width (the floors let 12 actors fit A4 landscape with full-size symbols).
 */
const TEXT_SHAPE: Record<TextKind, { weight: number; preferred: number; floor: number }> = {
  activity: { weight: 3, preferred: 110, floor: 56 },
  requirements: { weight: 2, preferred: 70, floor: 30 },
  time: { weight: 1, preferred: 42, floor: 26 },
  output: { weight: 2, preferred: 70, floor: 30 },
  notes: { weight: 2, preferred: 70, floor: 30 },
};

const ACTOR_IDEAL = 64;
const ACTOR_MAX = 96;
const ACTOR_MIN = MAX_SYMBOL_WIDTH + 2 * MIN_CHANNEL;

export interface ColumnLayout {
  columns: Column[];
  /** Symbol scale: 1 unless so many actors share the width that symbols must shrink. */
  symbolScale: number;
}

/**
 * Column widths of the flowchart table from its content and the usable width:
 * No is narrow, actor columns keep room for symbols and arrow lanes, and the
 * text columns share the rest by content and weight.
 */
export function layoutColumns(
  doc: SopDocument,
  left: number,
  width: number,
  measure: TextMeasurer,
): ColumnLayout {
  const { bodyFont, headerFont, cellPadding: pad } = FLOWCHART_STYLE;
  const noWidth =
    Math.max(
      measure.width('No', headerFont, true),
      measure.width(String(Math.max(1, doc.steps.length)), bodyFont, false),
    ) +
    2 * pad +
    4;
  const actorCount = Math.max(1, doc.actors.length);
  const longestName = Math.max(
    0,
    ...doc.actors.flatMap((a) => words(a.name).map((w) => measure.width(w, headerFont, true))),
  );
  const actorIdeal = Math.min(ACTOR_MAX, Math.max(ACTOR_IDEAL, longestName + 2 * pad));

  const natural = TEXT_KINDS.map((kind) => naturalWidth(doc, kind, measure) + 2 * pad);
  const preferred = TEXT_KINDS.map((kind, i) => Math.min(natural[i]!, TEXT_SHAPE[kind].preferred));
  // A header word is not broken while the table can afford it (before symbols must shrink).
  const hardFloors = TEXT_KINDS.map((kind) => TEXT_SHAPE[kind].floor);
  const softFloors = TEXT_KINDS.map((kind, i) =>
    Math.max(
      hardFloors[i]!,
      Math.min(headerWord(doc, kind, measure) + 2 * pad, TEXT_SHAPE[kind].preferred),
    ),
  );
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

  const forText = width - noWidth;
  let actorWidth: number;
  let symbolScale = 1;
  if (actorCount * actorIdeal + sum(preferred) <= forText) actorWidth = actorIdeal;
  else if (actorCount * ACTOR_MIN + sum(preferred) <= forText)
    actorWidth = (forText - sum(preferred)) / actorCount;
  else if (actorCount * ACTOR_MIN + sum(hardFloors) <= forText) actorWidth = ACTOR_MIN;
  else {
    // Too many actors for full-size symbols: shrink symbols with their columns.
    actorWidth = Math.max(4, (forText - sum(hardFloors)) / actorCount);
    // Symbols shrink faster than their columns, so one arrow lane still fits on
    // each side: a lane pitch (4 pt scaled, at least 3) from the symbol, 3 pt from the border.
    const half = actorWidth / 2;
    const fit = Math.min(
      (half - 6) / (MAX_SYMBOL_WIDTH / 2),
      (half - 3) / (MAX_SYMBOL_WIDTH / 2 + 4),
    );
    symbolScale = Math.max(0.1, Math.min(1, fit * 0.995));
  }
  const textSpace = Math.max(sum(hardFloors), forText - actorCount * actorWidth);
  const floors = sum(softFloors) <= textSpace ? softFloors : hardFloors;
  const textWidths = shareWidth(
    textSpace,
    floors,
    natural,
    TEXT_KINDS.map((kind) => TEXT_SHAPE[kind].weight),
  );

  const columns: Column[] = [];
  let x = left;
  const push = (column: Omit<Column, 'x'>): void => {
    columns.push({ ...column, x });
    x += column.width;
  };
  push({ kind: 'no', width: noWidth });
  push({ kind: 'activity', width: textWidths[0]! });
  if (doc.actors.length === 0) push({ kind: 'actor', width: actorWidth });
  for (const actor of doc.actors) push({ kind: 'actor', actorId: actor.id, width: actorWidth });
  TEXT_KINDS.slice(1).forEach((kind, i) => push({ kind, width: textWidths[i + 1]! }));
  return { columns, symbolScale };
}

/** Widest unwrapped paragraph of a text column, header label included (its longest word). */
function naturalWidth(doc: SopDocument, kind: TextKind, measure: TextMeasurer): number {
  const { bodyFont } = FLOWCHART_STYLE;
  let widest = headerWord(doc, kind, measure);
  for (const step of doc.steps) {
    for (const paragraph of stepText(step, kind).split('\n')) {
      widest = Math.max(widest, measure.width(paragraph, bodyFont, false));
    }
  }
  return widest;
}

function headerWord(doc: SopDocument, kind: TextKind, measure: TextMeasurer): number {
  const font = FLOWCHART_STYLE.headerFont;
  return Math.max(0, ...words(doc.sheet.labels[kind]).map((w) => measure.width(w, font, true)));
}

function stepText(step: Step, kind: TextKind): string {
  return step[kind];
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Water-filling: every column starts at its floor, grows towards its natural
 * width in proportion to its weight, and what is left is shared by weight.
 */
function shareWidth(
  total: number,
  floors: number[],
  natural: number[],
  weights: number[],
): number[] {
  const widths = [...floors];
  let spare = total - floors.reduce((a, b) => a + b, 0);
  for (let round = 0; round < floors.length && spare > 0.01; round++) {
    const hungry = widths.map((w, i) => (natural[i]! > w + 0.01 ? i : -1)).filter((i) => i >= 0);
    if (hungry.length === 0) break;
    const weightSum = hungry.reduce((a, i) => a + weights[i]!, 0);
    let given = 0;
    for (const i of hungry) {
      const add = Math.min((spare * weights[i]!) / weightSum, natural[i]! - widths[i]!);
      widths[i]! += add;
      given += add;
    }
    spare -= given;
  }
  if (spare > 0) {
    const weightSum = weights.reduce((a, b) => a + b, 0);
    weights.forEach((w, i) => (widths[i]! += (spare * w) / weightSum));
  }
  return widths;
}
