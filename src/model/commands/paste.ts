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
  roleOfHeader,
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
  /** The same rows as cells (header rows removed), for a preview and for reading again with other roles. */
  cells: string[][];
  roles: ColumnRole[];
  /** True when the roles came from a header row (false: the steps table's order was assumed). */
  fromHeader: boolean;
  /** Columns that each stand for one actor (a mark or a shape's name in a row's cell). */
  actorColumns: ActorColumn[];
}

/** Reads pasted rows: trimmed, blank rows dropped, the header (one or two rows) or a No column recognised. */
export function readTable(
  doc: SopDocument,
  rows: readonly string[][],
  chosen?: readonly ColumnRole[],
): ReadTable {
  const labels = doc.sheet.labels;
  let body = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  // Roles the user set in the paste preview: the rows are read as they are.
  if (chosen)
    return {
      rows: body.map((r) => readRow(r, chosen)),
      cells: body,
      roles: [...chosen],
      fromHeader: false,
      actorColumns: [],
    };
  // Title rows ("STANDAR OPERASIONAL PROSEDUR", the SOP's name) may stand above the header.
  const headerAt = body.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => headerRoles(r, labels));
  if (headerAt >= 0) {
    const roles = headerRoles(body[headerAt]!, labels)!;
    body = body.slice(headerAt + 1);
    const under = body[0] ?? [];
    const underRoles = under.map((cell) => roleOfHeader(cell, labels));
    // A second header row under merged cells: Kelengkapan | Waktu | Output under "Mutu Baku",
    // and in the official layout one actor name per column under "Pelaksana".
    const actorColumns = actorColumnsUnder(roles, under, underRoles);
    const fillsGaps = underRoles.some((r, i) => r && roles[i] === 'skip' && !roles.includes(r));
    if (fillsGaps || actorColumns.length > 0) {
      underRoles.forEach((r, i) => {
        if (r && r !== 'activity' && roles[i] === 'skip' && !roles.includes(r)) roles[i] = r;
      });
      body = body.slice(1);
    }
    if (actorColumns.length > 0) roles[roles.indexOf('actor')] = 'skip';
    return {
      rows: body.map((r) => readRow(r, roles)),
      cells: body,
      roles,
      fromHeader: true,
      actorColumns,
    };
  }
  const numbered =
    body.length > 0 &&
    body.every((r) => ROW_NUMBER.test(r[0] ?? '')) &&
    body.some((r) => r.length > 1);
  const roles: ColumnRole[] = numbered ? ['no', ...STEPS_TABLE_ORDER] : [...STEPS_TABLE_ORDER];
  return {
    rows: body.map((r) => readRow(r, roles)),
    cells: body,
    roles,
    fromHeader: false,
    actorColumns: [],
  };
}

/** Rows searched for the header: a title and the SOP's name often stand above it. */
const HEADER_SEARCH_ROWS = 10;

/** One column per actor, as the official layout has them under a merged "Pelaksana". */
export interface ActorColumn {
  col: number;
  name: string;
}

/** The actor names in the row under the header, from the Pelaksana column to the next field. */
function actorColumnsUnder(
  roles: readonly ColumnRole[],
  under: readonly string[],
  underRoles: readonly (ColumnRole | null)[],
): ActorColumn[] {
  const start = roles.indexOf('actor');
  if (start < 0) return [];
  const columns: ActorColumn[] = [];
  for (let col = start; col < Math.max(roles.length, under.length); col++) {
    if (col > start && roles[col] !== undefined && roles[col] !== 'skip') break;
    if (underRoles[col]) break;
    const name = under[col]?.trim() ?? '';
    if (name !== '') columns.push({ col, name });
  }
  // One name under "Pelaksana" is a row of the table, not a second header.
  return columns.length >= 2 ? columns : [];
}

/** A cell that marks the actor without naming a shape. */
const PLAIN_MARK = /^(x|v|✓|✔|√|\*|•|ya)$/iu;

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
  actorColumns?: readonly ActorColumn[],
): InsertRowsResult | null {
  const read = readTable(doc, rows, roles);
  const table = actorColumns ? { ...read, actorColumns: [...actorColumns] } : read;
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
      // Cell text often carries doubled spaces and line breaks; a lane name is one line.
      actors.push({
        id: newId(ID_PREFIX.actor),
        name: clampText(name.trim().replace(/\s+/g, ' ')),
      });
      return actors.at(-1)!.id;
    }
    if (fallback !== undefined) return fallback;
    actors.push({ id: newId(ID_PREFIX.actor), name: DEFAULT_ACTOR_NAME });
    return actors.at(-1)!.id;
  };

  // Every actor column is a lane, in the table's order, even before a row marks it.
  for (const column of table.actorColumns) actorFor(column.name);
  body.forEach((row, r) => {
    const cells = table.cells[r] ?? [];
    const marked = table.actorColumns.find((c) => (cells[c.col] ?? '') !== '');
    const mark = marked ? (cells[marked.col] ?? '') : '';
    const shapeWord = row.symbol !== '' || PLAIN_MARK.test(mark) ? row.symbol : mark;
    const symbol = {
      id: newId(ID_PREFIX.symbol),
      shape: shapeFromWord(shapeWord),
      actor: actorFor(marked ? marked.name : row.actor),
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
  });
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

/**
 * A new SOP from a whole table (an imported CSV or workbook): its rows are all the steps and
 * its Pelaksana names all the actors; nothing of a placeholder remains. Null when no row holds a step.
 */
export function documentFromTable(
  base: SopDocument,
  rows: readonly string[][],
  roles?: readonly ColumnRole[],
  actorColumns?: readonly ActorColumn[],
): InsertRowsResult | null {
  const result = insertStepsFromRows(
    { ...base, actors: [], steps: [], flows: [] },
    rows,
    undefined,
    roles,
    actorColumns,
  );
  return result && result.stepIds.length > 0 ? result : null;
}
