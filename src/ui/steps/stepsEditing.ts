import { newDocument } from '../../model/defaults';
import {
  addStep,
  connect,
  DECISION_LABELS,
  deleteFlows,
  deleteSteps,
  insertStepsFromRows,
  readTable,
  type ReadTable,
  type ColumnRole,
  parseTabularText,
  reconnectFlow,
  setFlowLabel,
  setSymbolShape,
} from '../../model/commands';
import type { Flow, SopDocument, SymbolShape } from '../../model/types';

/*
 * What the steps table does to the document, as pure functions built from the model's
 * commands. They live beside the table because they encode its way of seeing a row
 * (one "Lanjut ke" per exit, Ya/Tidak slots for a decision), not general rules.
 */

/** One "Lanjut ke" select: an existing arrow, or an empty slot a new arrow would fill. */
export interface ExitSlot {
  /** The label a new arrow in this slot gets ('' for a plain exit). */
  label: string;
  flow: Flow | null;
}

function isLabel(flow: Flow, label: string): boolean {
  return flow.label.trim().toLowerCase() === label.toLowerCase();
}

/**
 * The exit selects of a symbol. A decision shows its Ya and Tidak arrows first, then any other
 * exits; while it has fewer than two exits, empty Ya/Tidak slots offer the missing ones (a
 * decision labelled "A"/"B" in its file gets no empty slots). Other shapes show each exit, or
 * one empty slot when there is none.
 */
export function exitSlots(shape: SymbolShape, exits: readonly Flow[]): ExitSlot[] {
  if (shape !== 'decision') {
    return exits.length === 0
      ? [{ label: '', flow: null }]
      : exits.map((flow) => ({ label: flow.label, flow }));
  }
  let empty = Math.max(0, DECISION_LABELS.length - exits.length);
  const slots: ExitSlot[] = [];
  for (const label of DECISION_LABELS) {
    const flow = exits.find((f) => isLabel(f, label)) ?? null;
    if (flow) slots.push({ label, flow });
    else if (empty > 0) {
      slots.push({ label, flow: null });
      empty--;
    }
  }
  for (const flow of exits) {
    if (!slots.some((s) => s.flow === flow)) slots.push({ label: flow.label, flow });
  }
  return slots;
}

/** The symbol of a row an arrow to that row points at: the first one that is not the source. */
function targetSymbol(doc: SopDocument, stepId: string, fromSymbolId: string): string | null {
  const step = doc.steps.find((s) => s.id === stepId);
  return step?.symbols.find((s) => s.id !== fromSymbolId)?.id ?? null;
}

export interface ExitTarget {
  fromSymbolId: string;
  /** The arrow the select shows, or null for an empty slot. */
  flowId: string | null;
  /** The label a new arrow gets. */
  label: string;
  /** The row to go to; null removes the arrow. */
  toStepId: string | null;
}

/** Points an exit select at another row: draws, moves or removes the arrow. */
export function setExitTarget(doc: SopDocument, target: ExitTarget): SopDocument {
  const { fromSymbolId, flowId, label, toStepId } = target;
  if (toStepId === null) return flowId === null ? doc : deleteFlows(doc, [flowId]);
  const to = targetSymbol(doc, toStepId, fromSymbolId);
  if (to === null) return doc;
  if (flowId !== null) return reconnectFlow(doc, flowId, { to });
  return connect(doc, fromSymbolId, to, label)?.doc ?? doc;
}

/**
 * Changes a symbol's shape. A process turned into a decision has its unlabelled exits named
 * Ya, then Tidak: the table shows a decision's exits by those labels, and the sheet prints them.
 */
export function changeShape(doc: SopDocument, symbolId: string, shape: SymbolShape): SopDocument {
  let next = setSymbolShape(doc, symbolId, shape);
  if (next === doc || shape !== 'decision') return next;
  const exits = next.flows.filter((f) => f.from === symbolId);
  const free = DECISION_LABELS.filter((label) => !exits.some((f) => isLabel(f, label)));
  for (const flow of exits) {
    const label = flow.label.trim() === '' ? free.shift() : undefined;
    if (label !== undefined) next = setFlowLabel(next, flow.id, label);
  }
  return next;
}

/**
 * Whether a symbol still wants an exit: none yet, or a decision with fewer than two. A
 * terminator something arrives at is the end of the procedure and wants none.
 */
function wantsExit(doc: SopDocument, symbolId: string, shape: SymbolShape): boolean {
  if (shape === 'terminator' && doc.flows.some((f) => f.to === symbolId)) return false;
  const exits = doc.flows.filter((f) => f.from === symbolId).length;
  return exits < (shape === 'decision' ? DECISION_LABELS.length : 1);
}

export interface AddedRow {
  doc: SopDocument;
  stepId: string;
}

/**
 * Appends a row below the last one, in the lane of the row above, with an arrow from it —
 * unless that row's exits are already all drawn (a decision with Ya and Tidak, a process
 * that goes elsewhere) or it is the closing terminator: an arrow nobody asked for would be
 * wrong on the sheet.
 */
export function appendRow(doc: SopDocument): AddedRow | null {
  const above = doc.steps.at(-1)?.symbols.at(-1);
  const connectFrom = above && wantsExit(doc, above.id, above.shape) ? above.id : undefined;
  const added = addStep(doc, connectFrom === undefined ? {} : { connectFrom });
  return added && { doc: added.doc, stepId: added.stepId };
}

/**
 * Inserts a blank row at `index` (0 = above the first) and keeps the chain whole, as a
 * writer who adds a forgotten step expects: when the row above leads only to the row that
 * now comes after the new one, the new row goes between them (above → new → below, the
 * arrow's label kept on the first leg). Otherwise the row above gets an arrow to the new
 * row if it still lacks an exit (as appendRow does), and the new row is left unconnected.
 * The new row takes the lane of the row above (the first row's lane at the top).
 */
export function insertRowAt(doc: SopDocument, index: number): AddedRow | null {
  if (index >= doc.steps.length) return appendRow(doc);
  const at = Math.max(0, index);
  const aboveStep = doc.steps[at - 1];
  const belowIds = new Set(doc.steps[at]?.symbols.map((s) => s.id));
  const above = aboveStep?.symbols.at(-1);
  const exits = above ? doc.flows.filter((f) => f.from === above.id) : [];
  const through = exits.length === 1 && belowIds.has(exits[0]!.to) ? exits[0]! : null;
  const connectFrom =
    above && !through && wantsExit(doc, above.id, above.shape) ? above.id : undefined;
  const added = addStep(doc, {
    ...(aboveStep ? { afterStepId: aboveStep.id } : { afterStepId: null }),
    ...(connectFrom === undefined ? {} : { connectFrom }),
    ...(aboveStep ? {} : { actorId: doc.steps[0]?.symbols[0]?.actor }),
  });
  if (!added) return null;
  if (!through) return { doc: added.doc, stepId: added.stepId };
  // above → below becomes above → new → below.
  const flows = added.doc.flows.map((f) =>
    f.id === through.id ? { ...f, to: added.symbolId } : f,
  );
  const next = connect({ ...added.doc, flows }, added.symbolId, through.to, '');
  return { doc: next?.doc ?? { ...added.doc, flows }, stepId: added.stepId };
}

/** A row nobody has typed into: texts empty, no exits, entered at most from the row above. */
function isBlankRow(doc: SopDocument, index: number): boolean {
  const step = doc.steps[index];
  if (!step) return false;
  if ([step.activity, step.requirements, step.time, step.output, step.notes].some((t) => t)) {
    return false;
  }
  const own = new Set(step.symbols.map((s) => s.id));
  const above = new Set(doc.steps[index - 1]?.symbols.map((s) => s.id));
  return doc.flows.every((f) => !own.has(f.from) && (!own.has(f.to) || above.has(f.from)));
}

/** True for the content of a new SOP nobody has edited yet: one "Mulai" start in one default lane. */
function isPlaceholder(doc: SopDocument): boolean {
  const fresh = newDocument('');
  const step = doc.steps[0];
  return (
    doc.steps.length === 1 &&
    doc.flows.length === 0 &&
    doc.actors.length === 1 &&
    doc.actors[0]!.name === fresh.actors[0]!.name &&
    step !== undefined &&
    step.symbols.length === 1 &&
    step.symbols[0]!.shape === 'terminator' &&
    step.activity === fresh.steps[0]!.activity &&
    [step.requirements, step.time, step.output, step.notes].every((t) => t === '')
  );
}

export interface PastedRows {
  doc: SopDocument;
  stepIds: string[];
  /** Rows past the step limit, left out (see insertStepsFromRows). */
  notAdded: number;
}

/** Clipboard text as rows, or null for a single value (an ordinary paste into the cell). */
function clipboardRows(text: string): string[][] | null {
  const rows = parseTabularText(text.replace(/(\r?\n)+$/, ''));
  if (rows.length === 0 || (rows.length === 1 && rows[0]!.length < 2)) return null;
  return rows;
}

/** How pasted text will be read: its rows and what each column holds (from its header, or assumed). */
export function pastePlan(doc: SopDocument, text: string): ReadTable | null {
  const rows = clipboardRows(text);
  return rows ? readTable(doc, rows) : null;
}

/**
 * Pasted clipboard text as new rows below `atStepId` (null: at the end). Only text with
 * several cells or lines counts as rows: a single value returns null and pastes normally.
 * Pasting into a blank row replaces it, so paste into a fresh row leaves no empty row behind.
 * Rows past the step limit are counted in `notAdded`, not pasted. `roles` are the columns'
 * meaning as set in the paste preview.
 */
export function pasteRows(
  doc: SopDocument,
  text: string,
  atStepId: string | null,
  roles?: readonly ColumnRole[],
): PastedRows | null {
  const rows = clipboardRows(text);
  if (!rows) return null;
  // A new SOP's placeholder start and "Pelaksana" lane give way to the pasted table.
  if (isPlaceholder(doc)) {
    const result = insertStepsFromRows(
      { ...doc, actors: [], steps: [], flows: [] },
      rows,
      undefined,
      roles,
    );
    if (result) return result;
  }
  const index = atStepId === null ? -1 : doc.steps.findIndex((s) => s.id === atStepId);
  if (index >= 0 && isBlankRow(doc, index)) {
    const without = deleteSteps(doc, [atStepId!]);
    const result = insertStepsFromRows(without, rows, doc.steps[index - 1]?.id ?? null, roles);
    if (result) return result;
  }
  return insertStepsFromRows(doc, rows, index >= 0 ? atStepId : undefined, roles);
}
