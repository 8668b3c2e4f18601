import type { SopDocument } from '../model/types';
import type { FlowchartPageGeometry, Line, TextMeasurer } from './geometry';
import { layoutColumns } from './flowchart/columns';
import { measureHeader, placeHeader } from './flowchart/header';
import { layoutFlowchartPages } from './flowchart/layoutFlowchartPages';
import { paperSize } from './paper';
import type { WorkBudget } from './routing/budget';

/** The diagram canvas's geometry: the whole flowchart table as one continuous page. */
export interface DiagramGeometry {
  /** Page width and height in points (the paper's width; as tall as the table needs). */
  width: number;
  height: number;
  /** Top of the table's two header rows. */
  headerTop: number;
  /** The line between the two header rows (actor names sit below it). */
  headerSplit: number;
  /** Bottom of the two header rows (where the first step row starts). */
  headerBottom: number;
  page: FlowchartPageGeometry;
}

/** Taller than any SOP the file limits allow, so the flowchart never breaks into pages. */
const ENDLESS = 1e9;

/**
 * Lays out every step as one unpaginated flowchart page, with the sheet's own columns, rows,
 * symbol boxes and routed arrows (the same code as the printed sheet, on paper of the
 * document's width and endless height). Forced page breaks are ignored: the canvas has no pages.
 */
export function layoutDiagram(
  doc: SopDocument,
  measure: TextMeasurer,
  budget?: WorkBudget,
): DiagramGeometry {
  const paper = { ...paperSize(doc.sheet.paper, doc.sheet.orientation), height: ENDLESS };
  const unbroken = doc.steps.some((s) => s.pageBreakBefore)
    ? { ...doc, steps: doc.steps.map(({ pageBreakBefore: _drop, ...step }) => step) }
    : doc;
  const pages = layoutFlowchartPages(unbroken, paper, measure, 0, budget);
  const page =
    pages[0] ?? headerOnlyPage(doc, paper.margin, paper.width - 2 * paper.margin, measure);
  const header = measureHeader(doc, page.columns, measure);
  const headerTop = paper.margin;
  const lastRow = page.rows[page.rows.length - 1];
  const tableBottom = Math.max(
    headerTop + header.height,
    lastRow ? lastRow.y + lastRow.height : 0,
    ...page.lines.map((l) => Math.max(l.y1, l.y2)),
  );
  return {
    width: paper.width,
    height: tableBottom + paper.margin,
    headerTop,
    headerSplit: headerTop + header.firstRowHeight,
    headerBottom: headerTop + header.height,
    page,
  };
}

/** The table of a document without steps: its header alone, so lanes can still be dropped on. */
function headerOnlyPage(
  doc: SopDocument,
  left: number,
  width: number,
  measure: TextMeasurer,
): FlowchartPageGeometry {
  const { columns } = layoutColumns(doc, left, width, measure);
  const header = measureHeader(doc, columns, measure);
  const top = left;
  const bottom = top + header.height;
  const placed = placeHeader(header, top);
  const frame: Line[] = [
    { x1: left, y1: top, x2: left + width, y2: top, width: 0.8 },
    { x1: left, y1: bottom, x2: left + width, y2: bottom, width: 0.8 },
    ...[...columns.map((c) => c.x), left + width].map((x) => ({
      x1: x,
      y1: top,
      x2: x,
      y2: bottom,
      width: 0.5,
    })),
  ];
  return {
    kind: 'flowchart',
    index: 0,
    footer: null,
    columns,
    header: { top, firstRowHeight: header.firstRowHeight, height: header.height },
    strips: [],
    rows: [],
    symbols: [],
    connectors: [],
    routes: [],
    lines: [...frame, ...placed.lines],
    texts: placed.texts,
  };
}
