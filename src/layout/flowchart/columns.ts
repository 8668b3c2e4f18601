import type { SopDocument, Step } from '../../model/types';
import type { Column, TextMeasurer } from '../geometry';
import { lanePitch } from '../routing/types';
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
/**
 * How far symbols may shrink so that every text column holds its longest word: a word broken
 * by a hyphen in a narrow column reads worse than a smaller symbol (the shapes carry no text;
 * at 0.6 a process box is still 17 x 10 pt, 6 x 3.4 mm).
 */
const MIN_WORD_SCALE = 0.6;
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
 * text columns share the rest by content and weight. `extraLanes` asks for
 * that many more arrow lanes each side in an actor's column (where routing
 * found it crowded): they are taken from the text columns while those are
 * above their floors, else made by shrinking the symbols.
 */
export function layoutColumns(
  doc: SopDocument,
  left: number,
  width: number,
  measure: TextMeasurer,
  extraLanes: ReadonlyMap<string, number> = new Map(),
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
  // Each column wide enough for its longest word (body and header), up to its comfortable width.
  const wordFloors = TEXT_KINDS.map((kind, i) =>
    Math.max(
      hardFloors[i]!,
      Math.min(longestWord(doc, kind, measure) + 2 * pad, TEXT_SHAPE[kind].preferred),
    ),
  );
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const byWords = (forTextWidth: number): number => (forTextWidth - sum(wordFloors)) / actorCount;

  const forText = width - noWidth;
  let actorWidth: number;
  let symbolScale = 1;
  // Room for every text column's comfortable width: the header words are the floor that matters.
  const roomy = actorCount * ACTOR_MIN + sum(preferred) <= forText;
  if (actorCount * actorIdeal + sum(preferred) <= forText) actorWidth = actorIdeal;
  else if (actorCount * ACTOR_MIN + sum(preferred) <= forText)
    actorWidth = (forText - sum(preferred)) / actorCount;
  else if (byWords(forText) >= ACTOR_MIN) actorWidth = ACTOR_MIN;
  else if (scaleForLanes(byWords(forText), 1) >= MIN_WORD_SCALE) {
    // The words fit if the symbols give a little: they take the width the words leave.
    actorWidth = byWords(forText);
    symbolScale = scaleForLanes(actorWidth, 1);
  } else if (actorCount * actorWidthAt(MIN_WORD_SCALE) + sum(hardFloors) <= forText) {
    // Not every word fits even then: symbols stay at that size and the text columns get what
    // is left, the words that fit first (a symbol of full size beside hyphenated text reads worse).
    actorWidth = actorWidthAt(MIN_WORD_SCALE);
    symbolScale = MIN_WORD_SCALE;
  } else {
    // Too many actors for full-size symbols: shrink symbols with their columns.
    actorWidth = Math.max(4, (forText - sum(hardFloors)) / actorCount);
    // Symbols shrink faster than their columns, so one arrow lane still fits on each side.
    symbolScale = scaleForLanes(actorWidth, 1);
  }
  // Extra lanes where routing asked for them, as far as the text columns can give way.
  const extraOf = (actorId: string): number => Math.max(0, extraLanes.get(actorId) ?? 0);
  const wanted = doc.actors.map((a) => 2 * extraOf(a.id) * lanePitch(symbolScale));
  const spare = Math.max(0, forText - actorCount * actorWidth - sum(hardFloors));
  const grant = Math.min(1, spare / Math.max(sum(wanted), 1e-9));
  const extraWidth = wanted.map((w) => w * grant);
  if (grant < 1) {
    // Not enough width: smaller symbols leave the lanes room in the width there is.
    doc.actors.forEach((a, i) => {
      const lanes = 1 + extraOf(a.id);
      if (lanes > 1)
        symbolScale = Math.min(symbolScale, scaleForLanes(actorWidth + extraWidth[i]!, lanes));
    });
  }
  const textSpace = Math.max(sum(hardFloors), forText - actorCount * actorWidth - sum(extraWidth));
  // Where width is tight, every word unbroken first (the longest word includes the header's),
  // short of that the header words whole and as many body words as fit, then the last-resort
  // floors (words hyphenate).
  const fits = (f: number[]): boolean => sum(f) <= textSpace + 0.01;
  const floors = roomy
    ? ([softFloors, wordFloors].find(fits) ?? hardFloors)
    : fits(wordFloors)
      ? wordFloors
      : towards(fits(softFloors) ? softFloors : hardFloors, wordFloors, textSpace);
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
  doc.actors.forEach((actor, i) =>
    push({ kind: 'actor', actorId: actor.id, width: actorWidth + extraWidth[i]! }),
  );
  TEXT_KINDS.slice(1).forEach((kind, i) => push({ kind, width: textWidths[i + 1]! }));
  return { columns, symbolScale };
}

/**
 * The largest symbol scale (at most 1) at which `lanes` arrow lanes fit each
 * side of the widest symbol in a column `columnWidth` wide: lanes a pitch
 * apart, the outermost 3 pt from the border.
 */
function scaleForLanes(columnWidth: number, lanes: number): number {
  const room = columnWidth / 2 - 3;
  const half = MAX_SYMBOL_WIDTH / 2;
  // lanePitch(s) is 4·s, but never under 3 pt: try the proportional case first.
  const proportional = room / (half + 4 * lanes);
  const fit = proportional * 4 >= 3 ? proportional : (room - 3 * lanes) / half;
  return Math.max(0.1, Math.min(1, fit * 0.995));
}

/** Width of an actor column whose symbols, at `scale`, keep one arrow lane each side. */
function actorWidthAt(scale: number): number {
  const fit = scale / 0.995;
  const half = MAX_SYMBOL_WIDTH / 2;
  const room = fit * 4 >= 3 ? fit * (half + 4) : fit * half + 3;
  return 2 * (room + 3);
}

/**
 * Floors raised from `low` towards `high` within `total`: every column by the same amount,
 * so the columns short of their longest word by little (Waktu) get it whole first.
 */
function towards(low: number[], high: number[], total: number): number[] {
  const floors = [...low];
  let spare = total - low.reduce((a, b) => a + b, 0);
  while (spare > 0.01) {
    const short = floors.map((f, i) => (high[i]! > f + 0.01 ? i : -1)).filter((i) => i >= 0);
    if (short.length === 0) break;
    const step = Math.min(spare / short.length, ...short.map((i) => high[i]! - floors[i]!));
    for (const i of short) floors[i]! += step;
    spare -= step * short.length;
  }
  return floors;
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

/** Widest single word of a text column, its header label's (bold) included. */
function longestWord(doc: SopDocument, kind: TextKind, measure: TextMeasurer): number {
  const { bodyFont } = FLOWCHART_STYLE;
  let widest = headerWord(doc, kind, measure);
  for (const step of doc.steps)
    for (const word of stepText(step, kind).split(/[\s/-]+/))
      if (word) widest = Math.max(widest, measure.width(word, bodyFont, false));
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
