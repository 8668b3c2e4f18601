import type { Flow } from '../../model/types';
import type {
  Column,
  ConnectorStrip,
  FlowchartPageGeometry,
  TextMeasurer,
  Line,
  OffPageConnector,
  RowGeometry,
  SymbolBox,
  TextBlock,
} from '../geometry';
import { unlimited, type WorkBudget } from '../routing/budget';
import { routeFlowsReport, type RoutingResult } from '../routing/routeFlows';
import {
  TIGHT_PITCH,
  type RoutingArea,
  type RoutingBox,
  type RoutingRequest,
} from '../routing/types';
import { isInnerGroupBorder, placeHeader, type MeasuredHeader } from './header';
import { FLOWCHART_STYLE } from './metrics';
import { assignStrip, type PageRows, type RowEdge } from './paginate';
import { placeRow, type MeasuredRow } from './rows';

const OUTER_LINE = 0.8;
const INNER_LINE = 0.5;

/** Everything a flowchart page is built from. */
export interface PageInput {
  index: number;
  top: number;
  pageRows: PageRows;
  rows: MeasuredRow[];
  columns: Column[];
  header: MeasuredHeader | null;
  /** The flows with an end on this page (others are ignored). */
  flows: Flow[];
  /** Page of each symbol's row, by symbol id. */
  rowOfSymbol: Map<string, number>;
  connectorLabels: Map<string, string>;
  connectorSize: { width: number; height: number };
  stripHeight: (levels: number) => number;
  symbolScale: number;
  /** Measures the flow labels (Helvetica's metrics when absent). */
  measure?: TextMeasurer;
  /** The work this page's routing may do (unlimited when absent). */
  budget?: WorkBudget;
}

/** The routing id of an off-page connector box. */
export function connectorBoxId(end: 'in' | 'out', flowId: string): string {
  return `connector:${end}:${flowId}`;
}

/** A laid-out page and where its arrows lacked room. */
export interface BuiltPage {
  page: FlowchartPageGeometry;
  /**
   * Actor columns and rows (step indexes) at the ends of flows that found no
   * clean path or no free place for their label.
   */
  crowded: { actors: string[]; rows: number[] };
  /** Flows with no clean path (each counts double, a plain fallback path four times), plus labels with no free place. */
  trouble: number;
}

/** Lays out one flowchart page: header, connector strips, rows, table lines and routed arrows. */
export function buildPage(input: PageInput): BuiltPage {
  const { columns, header, pageRows } = input;
  const left = columns[0]?.x ?? 0;
  const last = columns[columns.length - 1];
  const right = last ? last.x + last.width : left;
  const lines: Line[] = [];
  const texts: TextBlock[] = [];
  const symbols: SymbolBox[] = [];
  const connectors: OffPageConnector[] = [];
  const rows: RowGeometry[] = [];
  const bands: { top: number; bottom: number }[] = [];
  const strips: ConnectorStrip[] = [];
  const hLine = (y: number, width = INNER_LINE): number =>
    lines.push({ x1: left, y1: y, x2: right, y2: y, width });

  let y = input.top;
  if (header) {
    const placed = placeHeader(header, y);
    texts.push(...placed.texts);
    lines.push(...placed.lines);
    y += header.height;
  }
  // The connectors of flows from and to other pages, placed in a strip whose top is `top`.
  const strip = (edges: RowEdge[], end: 'in' | 'out', top: number): number => {
    const { slots, levels } = assignStrip(edges);
    if (levels === 0) return 0;
    const height = input.stripHeight(levels);
    const { width: w, height: h } = input.connectorSize;
    for (const edge of edges) {
      const slot = slots.get(edge.flowId)!;
      const column = columns.find((c) => c.actorId === slot.actorId)!;
      connectors.push({
        label: input.connectorLabels.get(edge.flowId) ?? '?',
        flowId: edge.flowId,
        end,
        pageIndex: input.index,
        x: column.x + (column.width - w) / 2,
        y: top + FLOWCHART_STYLE.stripPadding + slot.level * (h + FLOWCHART_STYLE.stackGap),
        width: w,
        height: h,
      });
    }
    strips.push({ end, top, height });
    return height;
  };

  const firstRow = pageRows.start;
  const lastRow = pageRows.end - 1;
  if (lastRow < firstRow) {
    // No step on the page (never made by paginate): the strips stand as rows of their own.
    for (const [edges, end] of [
      [pageRows.incoming, 'in'],
      [pageRows.outgoing, 'out'],
    ] as const) {
      const height = strip(edges, end, y);
      if (height > 0) bands.push({ top: y, bottom: y + height });
      y += height;
    }
  }
  for (let r = firstRow; r <= lastRow; r++) {
    const row = input.rows[r]!;
    const top = y;
    // The page's connectors go inside its first and last rows, above and below the step.
    const above = r === firstRow ? strip(pageRows.incoming, 'in', top) : 0;
    const placed = placeRow(row, top + above, columns);
    const below = r === lastRow ? strip(pageRows.outgoing, 'out', top + above + row.height) : 0;
    texts.push(...placed.texts);
    symbols.push(...placed.symbols);
    const height = above + row.height + below;
    rows.push({
      stepId: row.step.id,
      number: row.number,
      y: top,
      height,
      ...(above > 0 ? { connectorsAbove: above } : {}),
      ...(below > 0 ? { connectorsBelow: below } : {}),
    });
    // For routing, the connectors' part stays a band of its own: tracks run between
    // it and the step as they would along a table line there.
    if (above > 0) bands.push({ top, bottom: top + above });
    bands.push({ top: top + above, bottom: top + above + row.height });
    if (below > 0) bands.push({ top: top + above + row.height, bottom: top + height });
    y += height;
  }

  // Table lines: outer frame thicker, every row boundary, column borders.
  hLine(input.top, OUTER_LINE);
  if (header && bands.length > 0) hLine(input.top + header.height);
  const rowTops = rows.length > 0 ? rows.map((r) => r.y) : bands.map((b) => b.top);
  for (const top of rowTops.slice(1)) hLine(top);
  hLine(y, OUTER_LINE);
  columns.forEach((column, k) => {
    const prev = columns[k - 1];
    const inner = header && prev && isInnerGroupBorder(prev, column);
    const top = inner ? input.top + header.firstRowHeight : input.top;
    lines.push({
      x1: column.x,
      y1: top,
      x2: column.x,
      y2: y,
      width: k === 0 ? OUTER_LINE : INNER_LINE,
    });
  });
  lines.push({ x1: right, y1: input.top, x2: right, y2: y, width: OUTER_LINE });

  const area: RoutingArea = {
    columns: columns
      .filter((c) => c.kind === 'actor')
      .map((c) => ({ left: c.x, right: c.x + c.width })),
    bands,
    boxes: routingBoxes(symbols, connectors),
    scale: input.symbolScale,
    ...(input.measure ? { measure: input.measure } : {}),
  };
  const requests = routingRequests(input, pageRows);
  const budget = input.budget ?? unlimited();
  let routing = routeFlowsReport(area, requests, budget);
  if (routing.stuck.length + routing.unlabelled.length > 0 && !budget.exhausted) {
    // A crowded page first tries its arrows closer together (more lanes and
    // tracks in the same room) before the sheet is widened for it.
    const tight = routeFlowsReport({ ...area, pitch: TIGHT_PITCH }, requests, budget);
    if (routingTrouble(tight) < routingTrouble(routing)) routing = tight;
  }
  const { routes, stuck, unlabelled } = routing;
  const page: FlowchartPageGeometry = {
    kind: 'flowchart',
    index: input.index,
    footer: null,
    columns,
    header: header
      ? { top: input.top, firstRowHeight: header.firstRowHeight, height: header.height }
      : null,
    strips,
    rows,
    symbols,
    connectors,
    routes,
    lines,
    texts,
  };
  // A label with no free place asks for more tracks around its rows and more
  // lanes in its columns (arrows crowding it out then find other tracks and
  // lanes); one with no room beside its exit at all was first given other exit
  // ports by the router. (A full-width table makes lanes by shrinking the
  // symbols, which never makes room for a label's own width: only a column
  // with width to spare gains it.)
  const crowded = crowdedPlaces(page, input, [...stuck, ...unlabelled]);
  return { page, crowded, trouble: routingTrouble(routing) };
}

/** How bad a page's routing is: a plain fallback path worst, then an arrow over another, then a label squeezed. */
function routingTrouble(r: RoutingResult): number {
  return 4 * r.fallback.length + 2 * r.stuck.length + r.unlabelled.length;
}

/** The actor columns and rows that the ends of the given flows sit in. */
function crowdedPlaces(
  page: FlowchartPageGeometry,
  input: PageInput,
  stuck: RoutingRequest[],
): BuiltPage['crowded'] {
  const actors = new Set<string>();
  const rows = new Set<number>();
  const symbolById = new Map(page.symbols.map((s) => [s.symbolId, s]));
  const connectorById = new Map(page.connectors.map((c) => [connectorBoxId(c.end, c.flowId), c]));
  for (const request of stuck) {
    for (const id of [request.from, request.to]) {
      const symbol = symbolById.get(id);
      if (symbol) {
        actors.add(symbol.actorId);
        const row = input.rowOfSymbol.get(id);
        if (row !== undefined) rows.add(row);
        continue;
      }
      const connector = connectorById.get(id);
      const centre = connector ? connector.x + connector.width / 2 : NaN;
      const column = page.columns.find(
        (c) => c.kind === 'actor' && c.x <= centre && centre <= c.x + c.width,
      );
      if (column?.actorId) actors.add(column.actorId);
    }
  }
  return { actors: [...actors], rows: [...rows] };
}

function routingBoxes(symbols: SymbolBox[], connectors: OffPageConnector[]): RoutingBox[] {
  const rect = (r: { x: number; y: number; width: number; height: number }) => ({
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
  });
  return [
    ...symbols.map((s) => ({ id: s.symbolId, rect: rect(s), shape: s.shape })),
    ...connectors.map((c) => ({
      id: connectorBoxId(c.end, c.flowId),
      rect: rect(c),
      shape: 'connector' as const,
    })),
  ];
}

/** Flows with both ends on the page, and the page's halves of flows that cross a page break. */
function routingRequests(input: PageInput, pageRows: PageRows): RoutingRequest[] {
  const onPage = (symbolId: string): boolean => {
    const row = input.rowOfSymbol.get(symbolId);
    return row !== undefined && row >= pageRows.start && row < pageRows.end;
  };
  const out = new Set(pageRows.outgoing.map((e) => e.flowId));
  const incoming = new Set(pageRows.incoming.map((e) => e.flowId));
  const requests: RoutingRequest[] = [];
  for (const flow of input.flows) {
    if (incoming.has(flow.id)) {
      requests.push({
        flowId: flow.id,
        from: connectorBoxId('in', flow.id),
        to: flow.to,
        label: '',
      });
    }
    if (out.has(flow.id)) {
      requests.push({
        flowId: flow.id,
        from: flow.from,
        to: connectorBoxId('out', flow.id),
        label: flow.label,
      });
    } else if (onPage(flow.from) && onPage(flow.to)) {
      requests.push({ flowId: flow.id, from: flow.from, to: flow.to, label: flow.label });
    }
  }
  return requests;
}
