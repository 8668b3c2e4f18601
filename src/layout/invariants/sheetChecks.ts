import type { SopDocument } from '../../model/types';
import type { FlowchartPageGeometry, PageGeometry, SheetGeometry, TextMeasurer } from '../geometry';
import { checkPageRoutes } from './routeChecks';

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

/** Each off-page connector has exactly one partner of the other end, on another page, with the same label. */
export function checkConnectorPairs(sheet: SheetGeometry): string[] {
  const problems: string[] = [];
  const all = flowchartPages(sheet).flatMap((p) => p.connectors);
  const labels = new Map<string, string>();
  for (const c of all) {
    const partners = all.filter((k) => k.flowId === c.flowId && k.end !== c.end);
    const partner = partners[0];
    if (partners.length !== 1 || !partner)
      problems.push(`connector ${c.label} (flow ${c.flowId}) has ${partners.length} partners`);
    else {
      if (partner.label !== c.label)
        problems.push(`connector pair of flow ${c.flowId}: labels ${c.label} and ${partner.label}`);
      if (partner.pageIndex === c.pageIndex)
        problems.push(`connector pair of flow ${c.flowId} on one page`);
    }
    const owner = labels.get(c.label);
    if (owner !== undefined && owner !== c.flowId)
      problems.push(`label ${c.label} used by flows ${owner} and ${c.flowId}`);
    labels.set(c.label, c.flowId);
  }
  return problems;
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

/** All the sheet's geometry invariants at once; an empty list means a clean sheet. */
export function checkSheet(
  doc: SopDocument,
  sheet: SheetGeometry,
  measure?: TextMeasurer,
): string[] {
  return [
    ...checkRows(doc, sheet),
    ...checkFlowsRouted(doc, sheet),
    ...checkConnectorPairs(sheet),
    ...checkInsideMargins(sheet, measure),
    ...flowchartPages(sheet).flatMap((p) => [...checkSymbols(p), ...checkPageRoutes(p, doc)]),
  ];
}
