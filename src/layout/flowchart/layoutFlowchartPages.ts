import type { SopDocument } from '../../model/types';
import type { FlowchartPageGeometry, PaperSize, TextMeasurer } from '../geometry';
import { layoutColumns } from './columns';
import { measureHeader } from './header';
import { FLOWCHART_STYLE, symbolSize } from './metrics';
import {
  FIRST_ROUTING,
  PAGE_FLOOR,
  SHEET_WORK,
  WORK_PER_REQUEST,
  WorkBudget,
} from '../routing/budget';
import { buildPage, type BuiltPage } from './page';
import { assignStrip, paginate, type RowEdge } from './paginate';
import { measureRows } from './rows';

/** Room asked for beyond the defaults: more lanes in an actor's column, more tracks around a row. */
interface Room {
  lanes: Map<string, number>;
  tracks: Map<number, number>;
}

/** How many times a sheet is laid out again with more room before its best attempt is kept. */
const MAX_ROUNDS = 6;

/**
 * Lays out the flowchart section: the table with its two header rows, one row
 * per step, pages that never split a row, off-page connector pairs where a
 * flow crosses a page break, and every arrow routed. Where an arrow finds no
 * clean path (a crowded column or row gap), its columns get another lane each
 * side and its rows another track, and the sheet is laid out again. All of
 * it shares one work budget (see WorkBudget), so that a few steps crowded
 * with arrows cannot hold the page for minutes.
 */
export function layoutFlowchartPages(
  doc: SopDocument,
  paper: PaperSize,
  measure: TextMeasurer,
  firstPageIndex: number,
  budget: WorkBudget = new WorkBudget(SHEET_WORK),
): FlowchartPageGeometry[] {
  const room: Room = { lanes: new Map(), tracks: new Map() };
  let best: { pages: FlowchartPageGeometry[]; trouble: number } | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const built = layoutOnce(doc, paper, measure, firstPageIndex, room, budget);
    const crowded = built.filter((b) => b.crowded.actors.length + b.crowded.rows.length > 0);
    const trouble = built.reduce((sum, b) => sum + b.trouble, 0);
    if (!best || trouble < best.trouble) best = { pages: built.map((b) => b.page), trouble };
    if (crowded.length === 0) break;
    // Too little work left for a first routing of every flow: another round
    // would draw plain paths where this one routed, and be thrown away.
    if (budget.left < doc.flows.length * FIRST_ROUTING) break;
    for (const { crowded: c } of crowded) {
      for (const a of c.actors) room.lanes.set(a, (room.lanes.get(a) ?? 0) + 1);
      for (const r of c.rows) room.tracks.set(r, (room.tracks.get(r) ?? 0) + 1);
    }
  }
  return best!.pages;
}

function layoutOnce(
  doc: SopDocument,
  paper: PaperSize,
  measure: TextMeasurer,
  firstPageIndex: number,
  room: Room,
  budget: WorkBudget,
): BuiltPage[] {
  const left = paper.margin;
  const width = paper.width - 2 * paper.margin;
  const capacity = paper.height - 2 * paper.margin;
  const { columns, symbolScale } = layoutColumns(doc, left, width, measure, room.lanes);
  const header = measureHeader(doc, columns, measure);
  const connectorSize = symbolSize('connector', symbolScale);
  const { stripPadding, stackGap } = FLOWCHART_STYLE;
  const stripHeight = (levels: number): number =>
    levels === 0 ? 0 : 2 * stripPadding + levels * connectorSize.height + (levels - 1) * stackGap;
  // Even a row alone on its page must leave room for the header and connector strips.
  const maxRowHeight = capacity - header.height - 2 * stripHeight(2);
  const rows = measureRows(doc, columns, symbolScale, measure, maxRowHeight, room.tracks);

  const rowOfSymbol = new Map<string, number>();
  const actorOfSymbol = new Map<string, string>();
  const actorIds = new Set(doc.actors.map((a) => a.id));
  doc.steps.forEach((step, r) =>
    step.symbols.forEach((s) => {
      if (!actorIds.has(s.actor)) return;
      rowOfSymbol.set(s.id, r);
      actorOfSymbol.set(s.id, s.actor);
    }),
  );
  const edges: RowEdge[] = doc.flows.flatMap((f) => {
    const fromRow = rowOfSymbol.get(f.from);
    const toRow = rowOfSymbol.get(f.to);
    if (fromRow === undefined || toRow === undefined) return [];
    return [
      {
        flowId: f.id,
        fromRow,
        toRow,
        fromActor: actorOfSymbol.get(f.from)!,
        toActor: actorOfSymbol.get(f.to)!,
      },
    ];
  });
  const headerShown = (pageIndex: number): boolean => pageIndex === 0 || doc.sheet.repeatHeader;
  const pages = paginate({
    heights: rows.map((r) => r.height),
    breakBefore: doc.steps.map((s) => s.pageBreakBefore === true),
    capacity,
    headerHeight: (p) => (headerShown(p) ? header.height : 0),
    stripHeight,
    edges,
  });

  // Connector pairs are labelled in reading order of their 'out' ends: page by page, left to right.
  const actorOrder = new Map(doc.actors.map((a, i) => [a.id, i]));
  const labelOrder = pages.flatMap((page) => {
    const { slots } = assignStrip(page.outgoing);
    const key = (flowId: string): number => {
      const slot = slots.get(flowId)!;
      return slot.level * 1000 + (actorOrder.get(slot.actorId) ?? 0);
    };
    return [...page.outgoing].sort((a, b) => key(a.flowId) - key(b.flowId));
  });
  const connectorLabels = new Map(
    labelOrder.map((e, k) => [e.flowId, connectorLabel(k, doc.sheet.connectorLetters)]),
  );

  // Each page looks only at the flows touching its rows, in document order.
  const flowsByRow: number[][] = rows.map(() => []);
  doc.flows.forEach((f, i) => {
    for (const id of [f.from, f.to]) {
      const r = rowOfSymbol.get(id);
      if (r !== undefined) flowsByRow[r]!.push(i);
    }
  });
  const flowsOf = (start: number, end: number) => {
    const seen = new Set<number>();
    for (let r = start; r < end; r++) for (const i of flowsByRow[r]!) seen.add(i);
    return [...seen].sort((a, b) => a - b).map((i) => doc.flows[i]!);
  };

  // A page may spend what its flows may (ordinary pages are hard work on a
  // few of them) while that leaves the pages after it enough for a first
  // routing of theirs; when it would not, it gets its flows' share of what is
  // left: one crowded page cannot starve the rest.
  const pageFlows = pages.map((p) => flowsOf(p.start, p.end));
  let after = pageFlows.reduce((sum, flows) => sum + flows.length, 0);
  return pages.map((pageRows, k) => {
    const flows = pageFlows[k]!;
    after -= flows.length;
    const share = (budget.left * flows.length) / Math.max(1, flows.length + after);
    const pageBudget = new WorkBudget(
      Math.min(
        flows.length * WORK_PER_REQUEST + PAGE_FLOOR,
        Math.max(share, budget.left - after * FIRST_ROUTING),
      ),
    );
    const built = buildPage({
      index: firstPageIndex + k,
      top: paper.margin,
      pageRows,
      rows,
      columns,
      header: headerShown(k) ? header : null,
      flows,
      rowOfSymbol,
      connectorLabels,
      connectorSize,
      stripHeight,
      symbolScale,
      measure,
      budget: pageBudget,
    });
    budget.spend(pageBudget.spent);
    return built;
  });
}

/** The `index`-th connector label: A…Z, AA, AB… with letters, else 1, 2, 3… */
export function connectorLabel(index: number, letters: boolean): string {
  return letters ? alphabeticLabel(index) : String(index + 1);
}

/** The `index`-th (0-based) name in the sequence A…Z, AA, AB… (also a spreadsheet column's name). */
export function alphabeticLabel(index: number): string {
  let n = index + 1;
  let label = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    label = String.fromCharCode(65 + rem) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}
