import { normalHeader, roleOfHeader, type ColumnRole } from '../model/commands';
import { clampText } from '../model/commands/rows';
import { createIdAllocator } from '../model/ids';
import { LIMITS, LIST_LIMITS } from '../model/limits';
import type { Flow, SopDocument, SopSymbol, Step, SymbolShape } from '../model/types';
import {
  connectorEnds,
  type Box,
  type CellRange,
  type DrawingObject,
  type SheetPoint,
  type WorkbookSheet,
} from './workbook';

/*
 * A flowchart sheet in the official layout (header rows with one column per Pelaksana,
 * one row per activity, the flowchart drawn as shapes and connectors), as agencies draw
 * it and as Alir's Excel export writes it, read back into an SOP: rows become steps,
 * header cells actors, shapes symbols in the actor column and step row their centre
 * falls in, glued connectors flows (unglued ends go to the nearest shape), pentagon
 * pairs the page crossing they stand for, and text boxes by an exit its label.
 */

/** Something of the sheet that could not be read, and where it is. */
export interface ImportProblem {
  code:
    | 'unknownShape'
    | 'outsideTable'
    | 'outsideActors'
    | 'looseArrow'
    | 'unpairedConnector'
    | 'strayText'
    | 'group'
    | 'beyondLimits'
    | 'stepWithoutSymbol';
  /** The cell the object's anchor starts in ("D7"). */
  cell: string;
  /** The object's name in the workbook ("Flowchart: Terminator 17"). */
  name: string;
}

/** The columns of the table, found from its header rows. */
export interface OfficialTable {
  /** Row of the first header row and the first row after the header (from 0). */
  headerRow: number;
  bodyRow: number;
  roles: Map<number, ColumnRole>;
  actors: { col: number; name: string }[];
}

const cellAt = (sheet: WorkbookSheet, row: number, col: number): string =>
  sheet.cells[row]?.[col]?.trim() ?? '';

function mergeAt(sheet: WorkbookSheet, row: number, col: number): CellRange | undefined {
  return sheet.merges.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
  );
}

/** The text a cell shows: its own, or its merged range's (kept in the range's first cell). */
function shownText(sheet: WorkbookSheet, row: number, col: number): string {
  const m = mergeAt(sheet, row, col);
  return m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col);
}

/**
 * Finds the flowchart table's header: a row naming the activity and "Pelaksana", with
 * the actors' names in the row under Pelaksana's cells (merged across them, or one).
 */
export function findOfficialTable(sheet: WorkbookSheet): OfficialTable | null {
  const rows = Math.min(sheet.cells.length, 40);
  for (let r = 0; r < rows; r++) {
    const row = sheet.cells[r] ?? [];
    const roles = row.map((c) => (c ? roleOfHeader(c) : null));
    const actorCol = roles.indexOf('actor');
    if (actorCol < 0 || !roles.includes('activity')) continue;
    const span = mergeAt(sheet, r, actorCol) ?? {
      top: r,
      bottom: r,
      left: actorCol,
      right: actorCol,
    };
    const namesRow = span.bottom + 1;
    const actors: OfficialTable['actors'] = [];
    for (let c = span.left; c <= span.right; c++) {
      actors.push({ col: c, name: cellAt(sheet, namesRow, c) });
    }
    const byRole = new Map<number, ColumnRole>();
    const width = Math.max(row.length, (sheet.cells[namesRow] ?? []).length);
    let bottom = namesRow;
    for (let c = 0; c < width; c++) {
      if (c >= span.left && c <= span.right) continue;
      const below = roleOfHeader(cellAt(sheet, namesRow, c));
      const role = below ?? roleOfHeader(shownText(sheet, r, c));
      if (role && role !== 'actor' && ![...byRole.values()].includes(role)) byRole.set(c, role);
      const m = mergeAt(sheet, r, c);
      if (m) bottom = Math.max(bottom, m.bottom);
    }
    return { headerRow: r, bodyRow: bottom + 1, roles: byRole, actors };
  }
  return null;
}

const SHAPES: Record<string, SymbolShape | 'connector'> = {
  flowChartTerminator: 'terminator',
  roundRect: 'terminator',
  ellipse: 'terminator',
  flowChartAlternateProcess: 'terminator',
  flowChartProcess: 'process',
  rect: 'process',
  flowChartPredefinedProcess: 'process',
  flowChartDocument: 'process',
  flowChartDecision: 'decision',
  diamond: 'decision',
  homePlate: 'connector',
  pentagon: 'connector',
  flowChartOffpageConnector: 'connector',
};
const LINES = new Set(['line', 'straightConnector1']);

const centre = (b: Box): SheetPoint => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const distance = (p: SheetPoint, b: Box): number =>
  Math.hypot(
    Math.max(b.x - p.x, 0, p.x - (b.x + b.width)),
    Math.max(b.y - p.y, 0, p.y - (b.y + b.height)),
  );
/** Farthest an unglued arrow end may be from the shape it is taken to reach. */
const REACH = 12;
/** Farthest a text box may be from the arrow whose label it is, and from that arrow's start. */
const LABEL_REACH = 12;
const LABEL_START_REACH = 72;

/** The gap between two boxes (0 where they touch or overlap). */
function boxGap(a: Box, b: Box): number {
  return Math.hypot(
    Math.max(b.x - (a.x + a.width), 0, a.x - (b.x + b.width)),
    Math.max(b.y - (a.y + a.height), 0, a.y - (b.y + b.height)),
  );
}

function indexAt(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Node {
  object: DrawingObject;
  kind: SymbolShape | 'connector';
  symbolId?: string;
}

/** The SOP drawn on one sheet in the official layout, with what could not be read; null without such a table. */
export function sopFromOfficialSheet(
  sheet: WorkbookSheet,
  base: SopDocument,
): { doc: SopDocument; problems: ImportProblem[] } | null {
  // Without a drawn flowchart the sheet is a flat table (a Pelaksana column of names).
  const drawn = sheet.drawing.some((o) => o.kind === 'shape' || o.kind === 'connector');
  const table = drawn ? findOfficialTable(sheet) : null;
  if (!table) return null;
  const problems: ImportProblem[] = [];
  const report = (code: ImportProblem['code'], o: DrawingObject) =>
    problems.push({ code, cell: o.cell, name: o.name });
  const empty: SopDocument = { ...base, actors: [], steps: [], flows: [] };
  const nextId = createIdAllocator(empty);
  const actors = table.actors.map((a, i) => ({
    id: nextId('a'),
    name: a.name.replace(/\s+/g, ' ') || `Pelaksana ${i + 1}`,
    col: a.col,
  }));
  const colOf = (role: ColumnRole) => [...table.roles].find(([, r]) => r === role)?.[0];
  const fieldCols = {
    no: colOf('no'),
    activity: colOf('activity'),
    requirements: colOf('requirements'),
    time: colOf('time'),
    output: colOf('output'),
    notes: colOf('notes'),
  };
  // Step rows: a row with an activity or a number; rows merged under one belong to it.
  const lastRow = Math.max(
    sheet.cells.length - 1,
    ...sheet.drawing.map((o) => indexAt(sheet.rowEdges, o.box.y + o.box.height)),
  );
  const stepRows: { top: number; bottom: number; step: Step }[] = [];
  const text = (row: number, col: number | undefined) =>
    col === undefined ? '' : shownText(sheet, row, col);
  for (let r = table.bodyRow; r <= lastRow; r++) {
    const activity = text(r, fieldCols.activity);
    const no = text(r, fieldCols.no);
    if (activity === '' && !/\d/.test(no)) continue;
    const merged =
      fieldCols.activity === undefined ? undefined : mergeAt(sheet, r, fieldCols.activity);
    if (merged && merged.top < r && stepRows[stepRows.length - 1]?.top === merged.top) continue;
    const bottom = merged ? Math.max(r, merged.bottom) : r;
    stepRows.push({
      top: r,
      bottom,
      step: {
        id: nextId('s'),
        activity,
        requirements: text(r, fieldCols.requirements),
        time: text(r, fieldCols.time),
        output: text(r, fieldCols.output),
        notes: text(r, fieldCols.notes),
        symbols: [],
      },
    });
  }
  if (stepRows.length === 0) return null;
  const tableTop = sheet.rowEdges[table.bodyRow]!;
  const tableBottom = sheet.rowEdges[Math.min(sheet.rowEdges.length - 1, lastRow + 1)]!;
  const stepAt = (y: number) => {
    const row = indexAt(sheet.rowEdges, y);
    let best = stepRows[0]!;
    let gap = Infinity;
    for (const s of stepRows) {
      const d = row < s.top ? s.top - row : row > s.bottom ? row - s.bottom : 0;
      if (d < gap) {
        gap = d;
        best = s;
      }
    }
    return best;
  };
  const actorAt = (x: number) => {
    const col = indexAt(sheet.columnEdges, x);
    const exact = actors.find((a) => a.col === col);
    if (exact) return { actor: exact, inside: true };
    const nearest = [...actors].sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col))[0]!;
    return { actor: nearest, inside: false };
  };

  // Shapes: symbols and page connectors; text boxes wait for the arrows.
  const nodes = new Map<string, Node>();
  const labels: DrawingObject[] = [];
  const arrows: DrawingObject[] = [];
  for (const o of sheet.drawing) {
    if (o.kind === 'picture') continue;
    if (o.kind === 'group') {
      report('group', o);
      continue;
    }
    if (o.kind === 'connector' || LINES.has(o.preset) || (o.path && o.arrowhead)) {
      arrows.push(o);
      continue;
    }
    if (o.textBox) {
      if (o.text !== '') labels.push(o);
      continue;
    }
    const kind = SHAPES[o.preset];
    if (!kind) {
      report('unknownShape', o);
      continue;
    }
    const c = centre(o.box);
    if (c.y < tableTop || c.y > tableBottom) {
      report('outsideTable', o);
      continue;
    }
    if (kind === 'connector') {
      nodes.set(o.id, { object: o, kind });
      continue;
    }
    const { actor, inside } = actorAt(c.x);
    if (!inside) report('outsideActors', o);
    const symbol: SopSymbol = { id: nextId('n'), shape: kind, actor: actor.id };
    stepAt(c.y).step.symbols.push(symbol);
    nodes.set(o.id, { object: o, kind, symbolId: symbol.id });
  }
  // A step drawn with no shape still needs its symbol: a process of the first actor, said.
  for (const row of stepRows) {
    if (row.step.symbols.length > 0) continue;
    row.step.symbols.push({ id: nextId('n'), shape: 'process', actor: actors[0]!.id });
    const col = fieldCols.activity ?? fieldCols.no ?? 0;
    problems.push({
      code: 'stepWithoutSymbol',
      cell: `${columnLetters(col)}${row.top + 1}`,
      name: row.step.activity,
    });
  }
  // A step's symbols in reading order: by actor column, each column's stack top to bottom.
  const drawnAt = new Map(
    [...nodes.values()].flatMap((n) => (n.symbolId ? [[n.symbolId, n.object.box] as const] : [])),
  );
  const column = new Map(actors.map((a, i) => [a.id, i]));
  for (const { step } of stepRows) {
    step.symbols.sort(
      (a, b) =>
        column.get(a.actor)! - column.get(b.actor)! || drawnAt.get(a.id)!.y - drawnAt.get(b.id)!.y,
    );
  }

  // Arrows between nodes: glued ends by their glue, loose ones to the nearest shape.
  const nearestNode = (p: SheetPoint): Node | undefined => {
    let best: Node | undefined;
    let d = REACH;
    for (const n of nodes.values()) {
      const dn = distance(p, n.object.box);
      if (dn <= d) {
        best = n;
        d = dn;
      }
    }
    return best;
  };
  interface Edge {
    from: Node;
    to: Node;
    start: SheetPoint;
    /** The box the arrow is drawn in. */
    box: Box;
    label: string;
  }
  const edges: Edge[] = [];
  for (const a of arrows) {
    const ends = connectorEnds(a);
    const from = (a.start && nodes.get(a.start.id)) || nearestNode(ends.start);
    const to = (a.end && nodes.get(a.end.id)) || nearestNode(ends.end);
    if (!from || !to || from === to) {
      report('looseArrow', a);
      continue;
    }
    edges.push({ from, to, start: ends.start, box: a.box, label: '' });
  }
  // Labels: each text box goes to the exit of a symbol it stands by (near the arrow
  // or its start, nearest the start first), a decision's before any other ("Ya",
  // "Tidak"): the closest pairs are matched first, each box and exit once. A text by
  // no exit is reported.
  const pairs: { label: DrawingObject; edge: Edge; score: number }[] = [];
  for (const label of labels) {
    for (const edge of edges) {
      if (edge.from.kind === 'connector') continue;
      const toArrow = boxGap(label.box, edge.box);
      const toStart = distance(edge.start, label.box);
      if (toStart > LABEL_START_REACH || (toArrow > LABEL_REACH && toStart > 2 * LABEL_REACH))
        continue;
      // Nearest its start first, as labels are set; beside the arrow's body only after that.
      const score =
        toStart + (toArrow > LABEL_REACH ? 50 : 0) + (edge.from.kind === 'decision' ? 0 : 1000);
      pairs.push({ label, edge, score });
    }
  }
  pairs.sort((a, b) => a.score - b.score);
  const placed = new Set<DrawingObject>();
  for (const { label, edge } of pairs) {
    if (placed.has(label) || edge.label !== '') continue;
    edge.label = label.text.replace(/\s+/g, ' ');
    placed.add(label);
  }
  for (const label of labels) {
    if (!placed.has(label) && !isConnectorLetter(label, nodes)) report('strayText', label);
  }
  // Page crossings: an arrow into a pentagon goes on from its partner on the next page.
  const flows: Flow[] = [];
  const partners = pairConnectors(nodes, edges);
  for (const e of edges) {
    if (e.from.kind === 'connector') continue;
    let to = e.to;
    let label = e.label;
    const seen = new Set<Node>();
    while (to.kind === 'connector' && !seen.has(to)) {
      seen.add(to);
      const partner = partners.get(to);
      const onward = partner ? edges.find((x) => x.from === partner) : undefined;
      if (!onward) break;
      if (label === '') label = onward.label;
      to = onward.to;
    }
    if (to.kind === 'connector' || !to.symbolId) {
      report('unpairedConnector', to.object);
      continue;
    }
    // The same arrow drawn twice is one flow; a decision's Ya and Tidak to one step are two.
    const duplicate = flows.some(
      (f) => f.from === e.from.symbolId && f.to === to.symbolId && f.label === label,
    );
    if (!duplicate) flows.push({ id: nextId('f'), from: e.from.symbolId!, to: to.symbolId, label });
  }
  const doc = withinLimits(
    {
      ...base,
      actors: actors.map(({ id, name }) => ({ id, name })),
      steps: stepRows.map((s) => s.step),
      flows,
    },
    problems,
  );
  return { doc, problems };
}

/**
 * The document cut to what the file format holds (steps, actors, symbols per step,
 * flows), the cut reported: a sheet past them is not an SOP anyone drew by hand.
 */
function withinLimits(read: SopDocument, problems: ImportProblem[]): SopDocument {
  // Every text as long as the editor lets one be typed.
  const doc: SopDocument = {
    ...read,
    actors: read.actors.map((a) => ({ ...a, name: clampText(a.name) })),
    steps: read.steps.map((s) => ({
      ...s,
      activity: clampText(s.activity),
      requirements: clampText(s.requirements),
      time: clampText(s.time),
      output: clampText(s.output),
      notes: clampText(s.notes),
    })),
    flows: read.flows.map((f) => ({ ...f, label: clampText(f.label) })),
  };
  const over =
    doc.steps.length > LIMITS.steps ||
    doc.actors.length > LIMITS.actors ||
    doc.flows.length > LIMITS.flows ||
    doc.steps.some((s) => s.symbols.length > LIST_LIMITS.symbolsPerStep);
  if (!over) return doc;
  problems.push({
    code: 'beyondLimits',
    cell: '',
    name: `${LIMITS.steps} / ${LIMITS.actors} / ${LIMITS.flows}`,
  });
  const actors = doc.actors.slice(0, LIMITS.actors);
  const kept = new Set(actors.map((a) => a.id));
  const steps = doc.steps.slice(0, LIMITS.steps).map((s) => ({
    ...s,
    symbols: s.symbols.filter((y) => kept.has(y.actor)).slice(0, LIST_LIMITS.symbolsPerStep),
  }));
  const symbols = new Set(steps.flatMap((s) => s.symbols.map((y) => y.id)));
  const flows = doc.flows
    .filter((f) => symbols.has(f.from) && symbols.has(f.to))
    .slice(0, LIMITS.flows);
  return { ...doc, actors, steps, flows };
}

/** A pentagon's own letter ("A"), drawn as a text box over it rather than as its text. */
function isConnectorLetter(label: DrawingObject, nodes: Map<string, Node>): boolean {
  const c = centre(label.box);
  return [...nodes.values()].some((n) => n.kind === 'connector' && distance(c, n.object.box) === 0);
}

/**
 * The page crossings: each pentagon an arrow goes into, with the pentagon an arrow
 * leaves from that stands for the same crossing — the one with the same letter, or
 * else the nearest in the same column (agencies draw the pair one above the other).
 */
function pairConnectors(
  nodes: Map<string, Node>,
  edges: { from: Node; to: Node }[],
): Map<Node, Node> {
  const outs = [...nodes.values()].filter(
    (n) => n.kind === 'connector' && edges.some((e) => e.to === n),
  );
  const ins = new Set(
    [...nodes.values()].filter((n) => n.kind === 'connector' && edges.some((e) => e.from === n)),
  );
  const pairs = new Map<Node, Node>();
  const letter = (n: Node) => normalHeader(n.object.text);
  for (const out of outs) {
    const named = letter(out) === '' ? undefined : [...ins].find((i) => letter(i) === letter(out));
    const pick =
      named ??
      [...ins].sort((a, b) => {
        const pa = centre(a.object.box);
        const pb = centre(b.object.box);
        const po = centre(out.object.box);
        return (
          Math.abs(pa.x - po.x) * 4 +
          Math.abs(pa.y - po.y) -
          (Math.abs(pb.x - po.x) * 4 + Math.abs(pb.y - po.y))
        );
      })[0];
    if (!pick) continue;
    pairs.set(out, pick);
    ins.delete(pick);
  }
  return pairs;
}

/** A column's letters ("A", "AB") from its index (from 0). */
function columnLetters(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
