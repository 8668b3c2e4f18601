import { ID_PREFIX, createIdAllocator } from '../ids';
import { LIMITS } from '../limits';
import type { Actor, Flow, SopDocument, Step, SymbolShape } from '../types';
import { DECISION_LABELS, defaultExitLabel } from './flows';
import { clampText, insertionIndex } from './rows';
import { stepRoom } from './room';
import { DEFAULT_ACTOR_NAME } from './steps';

/*
 * Rows pasted from Excel or Word become steps. Columns, in the steps table's order:
 * Kegiatan, Pelaksana, Simbol, Kelengkapan, Waktu, Output, Keterangan. A header row and a
 * leading "No" column, both common when copying an existing SOP table, are recognised and skipped.
 */

const HEADER_WORDS = new Set(['no', 'no.', 'nomor', 'kegiatan', 'uraian kegiatan', 'activity']);
const ROW_NUMBER = /^\d+[.)]?$/;

/** The shape a Simbol cell names, in Indonesian or English; process when it names none. */
export function shapeFromWord(word: string): SymbolShape {
  const w = word.trim().toLowerCase();
  if (/keputusan|decision|percabangan|cabang|pilihan|belah ketupat|diamond/.test(w)) {
    return 'decision';
  }
  if (/terminator|terminal|mulai|selesai|start|end|awal|akhir|kapsul/.test(w)) return 'terminator';
  return 'process';
}

function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The rows that describe steps: trimmed, without blank rows, header row or No column. */
function stepRows(doc: SopDocument, rows: readonly string[][]): string[][] {
  let body = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  const first = body[0]?.[0]?.toLowerCase();
  let numbered = false;
  if (first !== undefined) {
    const headers = new Set([...HEADER_WORDS, doc.sheet.labels.activity.trim().toLowerCase()]);
    if (headers.has(first)) {
      numbered = first.startsWith('no');
      body = body.slice(1);
    }
  }
  numbered ||=
    body.length > 0 &&
    body.every((r) => ROW_NUMBER.test(r[0] ?? '')) &&
    body.some((r) => r.length > 1);
  return numbered ? body.map((r) => r.slice(1)) : body;
}

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
 * Null when there is nothing to insert or `afterStepId` names no step.
 */
export function insertStepsFromRows(
  doc: SopDocument,
  rows: readonly string[][],
  afterStepId?: string | null,
): InsertRowsResult | null {
  const all = stepRows(doc, rows);
  const at = insertionIndex(doc, afterStepId);
  if (all.length === 0 || at < 0) return null;
  const body = all.slice(0, stepRoom(doc));
  const notAdded = all.length - body.length;
  if (body.length === 0) return { doc, stepIds: [], notAdded };

  const newId = createIdAllocator(doc);
  const actors: Actor[] = [...doc.actors];
  const newSteps: Step[] = [];
  const newFlows: Flow[] = [];
  let above = doc.steps[at - 1]?.symbols.at(-1);

  const actorFor = (name: string): string => {
    const wanted = normalName(name);
    const known = wanted && actors.find((a) => normalName(a.name) === wanted);
    if (known) return known.id;
    const fallback = above?.actor ?? actors[0]?.id;
    if (wanted && actors.length < LIMITS.actors) {
      actors.push({ id: newId(ID_PREFIX.actor), name: clampText(name.trim()) });
      return actors.at(-1)!.id;
    }
    if (fallback !== undefined) return fallback;
    actors.push({ id: newId(ID_PREFIX.actor), name: DEFAULT_ACTOR_NAME });
    return actors.at(-1)!.id;
  };

  for (const row of body) {
    const [activity = '', actorName = '', shapeWord = '', requirements = '', time = ''] = row;
    const [output = '', notes = ''] = row.slice(5);
    const symbol = {
      id: newId(ID_PREFIX.symbol),
      shape: shapeFromWord(shapeWord),
      actor: actorFor(actorName),
    };
    newSteps.push({
      id: newId(ID_PREFIX.step),
      activity: clampText(activity),
      requirements: clampText(requirements),
      time: clampText(time),
      output: clampText(output),
      notes: clampText(notes),
      symbols: [symbol],
    });
    if (above) {
      // The first row's arrow leaves a symbol of the document, which may already have exits;
      // later rows leave a symbol just created, which has none yet.
      const aboveIsNew = newSteps.length > 1;
      const label = aboveIsNew ? firstExitLabel(above.shape) : defaultExitLabel(doc, above.id);
      newFlows.push({ id: newId(ID_PREFIX.flow), from: above.id, to: symbol.id, label });
    }
    above = symbol;
  }
  const steps = [...doc.steps];
  steps.splice(at, 0, ...newSteps);
  return {
    doc: { ...doc, actors, steps, flows: [...doc.flows, ...newFlows] },
    stepIds: newSteps.map((s) => s.id),
    notAdded,
  };
}

function firstExitLabel(shape: SymbolShape): string {
  return shape === 'decision' ? DECISION_LABELS[0] : '';
}
