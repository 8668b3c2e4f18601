import { LIMITS, LIST_LIMITS } from '../limits';
import type { Flow, SopDocument, SopSymbol, Step } from '../types';

/*
 * Small helpers shared by the commands. They keep the rules every command must respect in one
 * place: text within the file limit, a row's symbols in lane order, no row without a symbol,
 * no arrow pointing at nothing.
 */

/**
 * A text cut to the file format's limit, so a command never makes a file that would be refused.
 * Every command that writes text goes through here. The limit counts UTF-16 units (as the
 * schema and an input's maxLength do); a cut that would split a character written as a
 * surrogate pair (an emoji, a rare CJK sign) drops that whole character instead of leaving
 * half of it behind.
 */
export function clampText(text: string): string {
  if (text.length <= LIMITS.textChars) return text;
  const end = LIMITS.textChars;
  const last = text.charCodeAt(end - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? end - 1 : end);
}

/**
 * Every text of a list cut to the limit, and the list to the format's item bound; the same
 * array when nothing had to be cut.
 */
export function clampTexts(texts: string[]): string[] {
  const kept =
    texts.length > LIST_LIMITS.textListItems ? texts.slice(0, LIST_LIMITS.textListItems) : texts;
  const clamped = kept.map(clampText);
  return kept === texts && clamped.every((text, i) => text === texts[i]) ? texts : clamped;
}

/** A step with empty texts around the given symbols. */
export function blankStep(id: string, symbols: SopSymbol[]): Step {
  return { id, activity: '', requirements: '', time: '', output: '', notes: '', symbols };
}

/** Position of each actor's lane, left to right. */
export function laneOrder(doc: SopDocument): Map<string, number> {
  return new Map(doc.actors.map((actor, index) => [actor.id, index]));
}

/**
 * The symbols sorted by lane, keeping their relative order inside one lane: the format stores a
 * row's symbols "left to right, then top to bottom within one column". Returns the same array
 * when it is already in order, so unchanged rows stay shared with the old document.
 */
export function sortByLane(symbols: SopSymbol[], lanes: Map<string, number>): SopSymbol[] {
  const lane = (s: SopSymbol) => lanes.get(s.actor) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...symbols].sort((a, b) => lane(a) - lane(b)); // Array#sort is stable
  return sorted.every((s, i) => s === symbols[i]) ? symbols : sorted;
}

/** The document without rows that have no symbol left (a row needs at least one). */
export function dropEmptySteps(doc: SopDocument): SopDocument {
  if (doc.steps.every((step) => step.symbols.length > 0)) return doc;
  return { ...doc, steps: doc.steps.filter((step) => step.symbols.length > 0) };
}

/** The flows that touch none of the given symbols. */
export function flowsAvoiding(flows: Flow[], symbolIds: ReadonlySet<string>): Flow[] {
  return flows.filter((flow) => !symbolIds.has(flow.from) && !symbolIds.has(flow.to));
}

/** Where a symbol sits: its row and its place in the row, or null when no symbol has that id. */
export interface SymbolPlace {
  step: Step;
  stepIndex: number;
  symbol: SopSymbol;
  symbolIndex: number;
}

/** Finds a symbol by id. */
export function findSymbol(doc: SopDocument, symbolId: string): SymbolPlace | null {
  for (let stepIndex = 0; stepIndex < doc.steps.length; stepIndex++) {
    const step = doc.steps[stepIndex]!;
    const symbolIndex = step.symbols.findIndex((s) => s.id === symbolId);
    if (symbolIndex >= 0) {
      return { step, stepIndex, symbol: step.symbols[symbolIndex]!, symbolIndex };
    }
  }
  return null;
}

/** Index of the step with that id, or -1. */
export function stepIndexOf(doc: SopDocument, stepId: string): number {
  return doc.steps.findIndex((step) => step.id === stepId);
}

/**
 * Where new rows go for an `afterStepId` argument: undefined appends at the end, null inserts at
 * the top, an id inserts right below that step. Returns -1 for an id that names no step.
 */
export function insertionIndex(doc: SopDocument, afterStepId: string | null | undefined): number {
  if (afterStepId === undefined) return doc.steps.length;
  if (afterStepId === null) return 0;
  const index = stepIndexOf(doc, afterStepId);
  return index < 0 ? -1 : index + 1;
}

/** The document with one step replaced by `update(step)`; same document if the id is unknown. */
export function mapStep(
  doc: SopDocument,
  stepId: string,
  update: (step: Step) => Step,
): SopDocument {
  const index = stepIndexOf(doc, stepId);
  if (index < 0) return doc;
  const old = doc.steps[index]!;
  const next = update(old);
  if (next === old) return doc;
  const steps = [...doc.steps];
  steps[index] = next;
  return { ...doc, steps };
}

/** The array with one item moved to `toIndex` (clamped to the array). */
export function moveItem<T>(items: T[], fromIndex: number, toIndex: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)));
  if (target === fromIndex) return items;
  const next = [...items];
  const [item] = next.splice(fromIndex, 1);
  next.splice(target, 0, item as T);
  return next;
}
