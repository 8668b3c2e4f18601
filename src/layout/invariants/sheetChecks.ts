import type { SopDocument } from '../../model/types';
import type {
  FlowchartPageGeometry,
  OffPageConnector,
  PageGeometry,
  SheetGeometry,
  TextMeasurer,
} from '../geometry';
import { sheetMeasurer } from '../text/measure';
import { checkRouteLabels } from './labelChecks';
import { checkPageRoutes } from './routeChecks';
import { checkFooters } from './footerChecks';
import { checkTextCentred } from './rowChecks';
import { checkWordBreaks } from './wordBreakChecks';

const EPS = 0.01;

function flowchartPages(sheet: SheetGeometry): FlowchartPageGeometry[] {
  return sheet.pages.filter((p): p is FlowchartPageGeometry => p.kind === 'flowchart');
}

/** Every step is exactly one row, in order, on exactly one page: rows never split. */
export function checkRows(doc: SopDocument, sheet: SheetGeometry): string[] {
  const rows = flowchartPages(sheet).flatMap((p) => p.rows);
  const problems: string[] = [];
  if (rows.length !== doc.steps.length)
    problems.push(`${rows.length} rows for ${doc.steps.length} steps`);
  rows.forEach((row, k) => {
    const step = doc.steps[k];
    if (!step || row.stepId !== step.id || row.number !== k + 1)
      problems.push(`row ${k + 1} is not step ${k + 1}`);
    if (row.height <= 0) problems.push(`row ${k + 1} has no height`);
  });
  for (const page of flowchartPages(sheet)) {
    page.rows.slice(1).forEach((row, k) => {
      const prev = page.rows[k]!;
      if (Math.abs(prev.y + prev.height - row.y) > EPS)
        problems.push(`page ${page.index}: rows ${prev.number} and ${row.number} are not adjacent`);
    });
  }
  return problems;
}

/** Symbols sit inside their own (row, actor) cell and never overlap one another or a connector. */
export function checkSymbols(page: FlowchartPageGeometry): string[] {
  const problems: string[] = [];
  for (const s of page.symbols) {
    const column = page.columns.find((c) => c.kind === 'actor' && c.actorId === s.actorId);
    const row = page.rows.find((r) => r.stepId === s.stepId);
    if (!column || !row) {
      problems.push(`page ${page.index}: symbol ${s.symbolId} has no cell`);
      continue;
    }
    if (
      s.x < column.x + EPS ||
      s.x + s.width > column.x + column.width - EPS ||
      s.y < row.y + EPS ||
      s.y + s.height > row.y + row.height - EPS
    )
      problems.push(`page ${page.index}: symbol ${s.symbolId} leaves its cell`);
  }
  const boxes = [
    ...page.symbols.map((s) => ({ id: s.symbolId, r: s })),
    ...page.connectors.map((c) => ({ id: `connector ${c.label}`, r: c })),
  ];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.r;
      const b = boxes[j]!.r;
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        problems.push(`page ${page.index}: ${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
    }
  }
  return problems;
}

/**
 * Off-page connectors are exactly the pairs the flows crossing pages need: a flow
 * whose source and target sit on different pages has one 'out' pentagon on the
 * source's page, below its last row, and one 'in' pentagon on the target's page,
 * above its first row, with the same label, used by no other flow. A flow that
 * skips pages (page 2 → page 5) jumps straight there: the pages between show
 * nothing of it. A flow within one page has no connector.
 */
export function checkConnectorPairs(doc: SopDocument, sheet: SheetGeometry): string[] {
  const problems: string[] = [];
  const pages = flowchartPages(sheet);
  const pageOf = new Map<string, FlowchartPageGeometry>();
  for (const page of pages) for (const s of page.symbols) pageOf.set(s.symbolId, page);
  const byFlow = new Map<string, { connector: OffPageConnector; page: FlowchartPageGeometry }[]>();
  const labelOwner = new Map<string, string>();
  for (const page of pages) {
    for (const c of page.connectors) {
      byFlow.set(c.flowId, [...(byFlow.get(c.flowId) ?? []), { connector: c, page }]);
      if (c.pageIndex !== page.index)
        problems.push(`connector ${c.label} on page ${page.index} says page ${c.pageIndex}`);
      if (c.label.trim() === '') problems.push(`connector of flow ${c.flowId} has no label`);
      const owner = labelOwner.get(c.label);
      if (owner !== undefined && owner !== c.flowId)
        problems.push(`label ${c.label} used by flows ${owner} and ${c.flowId}`);
      labelOwner.set(c.label, c.flowId);
    }
  }
  const flowIds = new Set(doc.flows.map((f) => f.id));
  for (const flowId of byFlow.keys())
    if (!flowIds.has(flowId)) problems.push(`connector for unknown flow ${flowId}`);

  for (const flow of doc.flows) {
    const from = pageOf.get(flow.from);
    const to = pageOf.get(flow.to);
    const found = byFlow.get(flow.id) ?? [];
    if (!from || !to) continue;
    if (from === to) {
      if (found.length > 0)
        problems.push(`flow ${flow.id} stays on page ${from.index} but has connectors`);
      continue;
    }
    const where = `connector pair of flow ${flow.id} (page ${from.index} → ${to.index})`;
    const outs = found.filter((f) => f.connector.end === 'out');
    const ins = found.filter((f) => f.connector.end === 'in');
    if (outs.length !== 1 || ins.length !== 1) {
      problems.push(`${where}: ${outs.length} 'out' and ${ins.length} 'in' connectors`);
      continue;
    }
    const out = outs[0]!;
    const into = ins[0]!;
    if (out.page !== from) problems.push(`${where}: 'out' is on page ${out.page.index}`);
    else if (!belowRows(out.connector, from))
      problems.push(`${where}: 'out' is not below the step in the page's last row`);
    if (into.page !== to) problems.push(`${where}: 'in' is on page ${into.page.index}`);
    else if (!aboveRows(into.connector, to))
      problems.push(`${where}: 'in' is not above the step in the page's first row`);
    if (out.connector.label !== into.connector.label)
      problems.push(`${where}: labels ${out.connector.label} and ${into.connector.label}`);
  }
  return problems;
}

/** In the last row of the page, below its step (where the row keeps room for connectors). */
function belowRows(c: OffPageConnector, page: FlowchartPageGeometry): boolean {
  const last = page.rows[page.rows.length - 1];
  if (!last?.connectorsBelow) return false;
  const bottom = last.y + last.height;
  return c.y >= bottom - last.connectorsBelow - EPS && c.y + c.height <= bottom + EPS;
}

/** In the first row of the page, above its step. */
function aboveRows(c: OffPageConnector, page: FlowchartPageGeometry): boolean {
  const first = page.rows[0];
  if (!first?.connectorsAbove) return false;
  return c.y >= first.y - EPS && c.y + c.height <= first.y + first.connectorsAbove + EPS;
}

/** Every flow is drawn: on its page, or as source → connector and connector → target. */
export function checkFlowsRouted(doc: SopDocument, sheet: SheetGeometry): string[] {
  const problems: string[] = [];
  const pages = flowchartPages(sheet);
  const pageOf = (symbolId: string): FlowchartPageGeometry | undefined =>
    pages.find((p) => p.symbols.some((s) => s.symbolId === symbolId));
  for (const flow of doc.flows) {
    const from = pageOf(flow.from);
    const to = pageOf(flow.to);
    if (!from || !to) continue;
    const count = (page: FlowchartPageGeometry): number =>
      page.routes.filter((r) => r.flowId === flow.id).length;
    if (from === to ? count(from) !== 1 : count(from) !== 1 || count(to) !== 1)
      problems.push(`flow ${flow.id} is not routed once on each of its pages`);
  }
  return problems;
}

/** Nothing is drawn outside the page margins (text width measured when a measurer is given). */
export function checkInsideMargins(sheet: SheetGeometry, measure?: TextMeasurer): string[] {
  const { width, height, margin } = sheet.paper;
  const problems: string[] = [];
  const inside = (page: PageGeometry, what: string, x: number, y: number): void => {
    if (
      x < margin - EPS ||
      x > width - margin + EPS ||
      y < margin - EPS ||
      y > height - margin + EPS
    )
      problems.push(
        `page ${page.index}: ${what} at (${x.toFixed(1)}, ${y.toFixed(1)}) is outside the margins`,
      );
  };
  for (const page of sheet.pages) {
    for (const l of page.lines) {
      inside(page, 'line', l.x1, l.y1);
      inside(page, 'line', l.x2, l.y2);
    }
    for (const t of page.texts) {
      for (const line of t.lines) {
        const w = measure ? measure.width(line.text, t.fontSize, t.bold) : 0;
        const x0 = t.align === 'left' ? line.x : t.align === 'center' ? line.x - w / 2 : line.x - w;
        inside(page, `text "${line.text}"`, x0, line.y - t.fontSize * 0.75);
        inside(page, `text "${line.text}"`, x0 + w, line.y);
      }
    }
    if (page.kind !== 'flowchart') continue;
    for (const r of [...page.symbols, ...page.connectors]) {
      inside(page, 'symbol', r.x, r.y);
      inside(page, 'symbol', r.x + r.width, r.y + r.height);
    }
    for (const route of page.routes)
      for (const p of route.points) inside(page, `flow ${route.flowId}`, p.x, p.y);
  }
  return problems;
}

/**
 * All the sheet's geometry invariants at once; an empty list means a clean sheet.
 * Route labels are measured with `measure` (Helvetica's metrics when absent).
 */
export function checkSheet(
  doc: SopDocument,
  sheet: SheetGeometry,
  measure?: TextMeasurer,
): string[] {
  return [
    ...checkRows(doc, sheet),
    ...checkFlowsRouted(doc, sheet),
    ...checkConnectorPairs(doc, sheet),
    ...checkInsideMargins(sheet, measure),
    ...checkFooters(sheet),
    ...checkWordBreaks(sheet),
    ...flowchartPages(sheet).flatMap((p) => [
      ...checkSymbols(p),
      ...checkTextCentred(p),
      ...checkPageRoutes(p, doc),
      ...checkRouteLabels(p, measure ?? sheetMeasurer),
    ]),
  ];
}
