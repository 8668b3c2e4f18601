import { ID_PREFIX, createIdAllocator } from '../ids';
import { LIMITS } from '../limits';
import type { Actor, Flow, SopDocument, Step, SymbolShape } from '../types';
import { DECISION_LABELS, defaultExitLabel } from './flows';
import { clampText, insertionIndex } from './rows';
import { stepRoom } from './room';
import { DEFAULT_ACTOR_NAME } from './steps';
import {
  headerRoles,
  readRow,
  rowNumbers,
  STEPS_TABLE_ORDER,
  type ColumnRole,
  type RowFields,
} from './tableColumns';

/*
 * Rows pasted from Excel or Word become steps. A header row says which column holds
 * what (tableColumns.ts), in any order; without one, the columns are read in the steps
 * table's order: Kegiatan, Pelaksana, Simbol, Kelengkapan, Waktu, Output, Keterangan,
 * with a leading "No" column recognised. "Lanjut ke" columns become the arrows.
 */

const ROW_NUMBER = /^\d+[.)]?$/;

const DECISION_WORDS =
  /\b(keputusan|decision|percabangan|cabang|pilihan|belah ketupat|diamond|kondisi|condition)\b/u;
const TERMINATOR_WORDS =
  /\b(terminator|terminal|mulai|selesai|start|end|awal|akhir|kapsul|stop)\b/u;

/**
 * The shape a Simbol cell names, in Indonesian or English; process when it names none.
 * Whole words only: "Surat Keputusan lama" in a Simbol cell is a decision, but "Buku agenda"
 * holds no "end".
 */
export function shapeFromWord(word: string): SymbolShape {
  const w = word.trim().toLowerCase();
  if (DECISION_WORDS.test(w)) return 'decision';
  if (TERMINATOR_WORDS.test(w)) return 'terminator';
  return 'process';
}

function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A pasted table read: the rows that describe steps, and what each column holds. */
export interface ReadTable {
  rows: RowFields[];
  roles: ColumnRole[];
  /** True when the roles came from a header row (false: the steps table's order was assumed). */
  fromHeader: boolean;
}

/** Reads pasted rows: trimmed, blank rows dropped, the header (one or two rows) or a No column recognised. */
export function readTable(
  doc: SopDocument,
  rows: readonly string[][],
  chosen?: readonly ColumnRole[],
): ReadTable {
  let body = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  // Roles the user set in the paste preview: the rows are read as they are.
  if (chosen)
    return { rows: body.map((r) => readRow(r, chosen)), roles: [...chosen], fromHeader: false };
  const header = body[0] ? headerRoles(body[0], doc.sheet.labels) : null;
  if (header) {
    body = body.slice(1);
    // A second header row under merged cells ("Mutu Baku" over Kelengkapan | Waktu | Output).
    const second = body[0]
      ? headerRoles(['Kegiatan', ...body[0].slice(1)], doc.sheet.labels)
      : null;
    const roles = [...header];
    if (second && second.slice(1).some((r, i) => r !== 'skip' && roles[i + 1] === 'skip')) {
      second.forEach((r, i) => {
        if (i > 0 && roles[i] === 'skip' && r !== 'skip' && !roles.includes(r)) roles[i] = r;
      });
      body = body.slice(1);
    }
    return { rows: body.map((r) => readRow(r, roles)), roles, fromHeader: true };
  }
  const numbered =
    body.length > 0 &&
    body.every((r) => ROW_NUMBER.test(r[0] ?? '')) &&
    body.some((r) => r.length > 1);
  const roles: ColumnRole[] = numbered ? ['no', ...STEPS_TABLE_ORDER] : [...STEPS_TABLE_ORDER];
  return { rows: body.map((r) => readRow(r, roles)), roles, fromHeader: false };
}

const hasExitColumns = (roles: readonly ColumnRole[]) =>
  roles.includes('next') || roles.includes('nextYes') || roles.includes('nextNo');

export interface InsertRowsResult {
  doc: SopDocument;
  stepIds: string[];
  /**
   * Rows left out because the SOP reached the file's step limit (the last ones pasted), for the
   * interface to report. When it equals the rows pasted, `doc` is the document unchanged.
   */
  notAdded: number;
}

/**
 * Inserts pasted rows as steps below `afterStepId` (undefined: at the end, null: at the top).
 * Pelaksana names an existing actor (ignoring case) or a new one; each row gets an arrow from
 * the last symbol of the row above it. Rows past the step limit are not inserted but counted
 * in `notAdded`: a long paste keeps what fits rather than being refused as a whole.
 * `roles` (from the paste preview) says what each column holds; without it the header row
 * does, or the steps table's order.
 * Null when there is nothing to insert or `afterStepId` names no step.
 */
export function insertStepsFromRows(
  doc: SopDocument,
  rows: readonly string[][],
  afterStepId?: string | null,
  roles?: readonly ColumnRole[],
): InsertRowsResult | null {
  const table = readTable(doc, rows, roles);
  const at = insertionIndex(doc, afterStepId);
  if (table.rows.length === 0 || at < 0) return null;
  const body = table.rows.slice(0, stepRoom(doc));
  const notAdded = table.rows.length - body.length;
  if (body.length === 0) return { doc, stepIds: [], notAdded };

  const newId = createIdAllocator(doc);
  const actors: Actor[] = [...doc.actors];
  const newSteps: Step[] = [];
  const newFlows: Flow[] = [];
  const above = doc.steps[at - 1]?.symbols.at(-1);
  let previous = above;

  const actorFor = (name: string): string => {
    const wanted = normalName(name);
    const known = wanted && actors.find((a) => normalName(a.name) === wanted);
    if (known) return known.id;
    const fallback = previous?.actor ?? actors[0]?.id;
    if (wanted && actors.length < LIMITS.actors) {
      actors.push({ id: newId(ID_PREFIX.actor), name: clampText(name.trim()) });
      return actors.at(-1)!.id;
    }
    if (fallback !== undefined) return fallback;
    actors.push({ id: newId(ID_PREFIX.actor), name: DEFAULT_ACTOR_NAME });
    return actors.at(-1)!.id;
  };

  for (const row of body) {
    const symbol = {
      id: newId(ID_PREFIX.symbol),
      shape: shapeFromWord(row.symbol),
      actor: actorFor(row.actor),
    };
    newSteps.push({
      id: newId(ID_PREFIX.step),
      activity: clampText(row.activity),
      requirements: clampText(row.requirements),
      time: clampText(row.time),
      output: clampText(row.output),
      notes: clampText(row.notes),
      symbols: [symbol],
    });
    previous = symbol;
  }
  const symbols = newSteps.map((s) => s.symbols[0]!);
  if (above) {
    // The first row's arrow leaves a symbol of the document, which may already have exits.
    newFlows.push({
      id: newId(ID_PREFIX.flow),
      from: above.id,
      to: symbols[0]!.id,
      label: defaultExitLabel(doc, above.id),
    });
  }
  const exits = hasExitColumns(table.roles) ? exitsFromColumns(body) : chainedExits(body.length);
  body.forEach((_, i) => {
    const from = symbols[i]!;
    exits[i]!.forEach((exit, k) => {
      const to = symbols[exit.to];
      if (!to) return;
      // Tables put every row's next step in the (YA) column: only a decision's exits carry labels.
      const label = from.shape === 'decision' ? (exit.label ?? DECISION_LABELS[k] ?? '') : '';
      newFlows.push({ id: newId(ID_PREFIX.flow), from: from.id, to: to.id, label });
    });
  });
  const steps = [...doc.steps];
  steps.splice(at, 0, ...newSteps);
  return {
    doc: { ...doc, actors, steps, flows: [...doc.flows, ...newFlows] },
    stepIds: newSteps.map((s) => s.id),
    notAdded,
  };
}

/** Where each row's arrows go: an index into the pasted rows, and a label when the column says it. */
type Exit = { to: number; label?: string };

/** Without "Lanjut ke" columns each row leads to the one below it. */
function chainedExits(count: number): Exit[][] {
  return Array.from({ length: count }, (_, i) => (i + 1 < count ? [{ to: i + 1 }] : []));
}

/**
 * "Lanjut ke" numbers name rows by their No (or, without a No column, their position from 1).
 * A row that names none leads to the next row, unless it ends the procedure.
 */
function exitsFromColumns(body: readonly RowFields[]): Exit[][] {
  const byNumber = new Map<number, number>();
  body.forEach((row, i) => {
    const n = rowNumbers(row.no)[0] ?? i + 1;
    if (!byNumber.has(n)) byNumber.set(n, i);
  });
  const target = (n: number) => byNumber.get(n);
  return body.map((row, i) => {
    const exits: Exit[] = [];
    const add = (cell: string, label?: string) => {
      for (const n of rowNumbers(cell)) {
        const to = target(n);
        if (to !== undefined && to !== i) exits.push(label === undefined ? { to } : { to, label });
      }
    };
    add(row.next);
    add(row.nextYes, DECISION_LABELS[0]);
    add(row.nextNo, DECISION_LABELS[1]);
    const named = row.next !== '' || row.nextYes !== '' || row.nextNo !== '';
    const ends = shapeFromWord(row.symbol) === 'terminator' && i > 0;
    if (!named && !ends && i + 1 < body.length) exits.push({ to: i + 1 });
    return exits;
  });
}
