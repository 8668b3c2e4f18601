import type {
  FlowchartPageGeometry,
  OffPageConnector,
  Route,
  SymbolBox,
} from '../../layout/geometry';
import { headerCells } from '../../layout/flowchart/header';
import { headerSizes, lastColumnWithin, placeKey } from '../headerCells';
import { FLOWCHART_STYLE } from '../../layout/flowchart/metrics';
import { sheetMeasurer } from '../../layout/text/measure';
import type { SopDocument, SymbolShape } from '../../model/types';
import { ARROW_STROKE, labelBox, offPageLetterSize, SYMBOL_STROKE } from './drawingStyle';
import { fitConnector, simplifyPath, type EmuPoint } from './connectorPath';
import type { DrawingObject, Glue, ShapePreset } from './drawing';
import { anchorAt, anchorAtEmu, limitRowHeights, makeGrid, type SheetGrid } from './grid';
import type { CellStyle } from './styles';
import { ptToEmu } from './units';
import type { CellValue, Merge, PrintSetup, SheetCell, SheetModel } from './worksheet';

const PRESET: Record<SymbolShape, ShapePreset> = {
  terminator: 'flowChartTerminator',
  process: 'flowChartProcess',
  decision: 'flowChartDecision',
};

/** A glued end is within this distance of a connection site (half a point). */
const GLUE_TOLERANCE = ptToEmu(0.5);

const BORDERS = { left: 'thin', right: 'thin', top: 'thin', bottom: 'thin' } as const;
const BODY: CellStyle = {
  fontSize: FLOWCHART_STYLE.bodyFont,
  bold: false,
  horizontal: 'left',
  vertical: 'top',
  text: true,
  border: BORDERS,
};
const HEADER: CellStyle = {
  ...BODY,
  fontSize: FLOWCHART_STYLE.headerFont,
  bold: true,
  horizontal: 'center',
  vertical: 'center',
};

/** What a row of the sheet is: header or (a part of) a step. */
export type SheetRow = { kind: 'header' } | { kind: 'step'; stepId: string; page: number };

export interface FlowchartSheet {
  model: SheetModel;
  drawing: DrawingObject[];
  rows: SheetRow[];
}

/**
 * The `Diagram Alir` sheet: the flowchart pages' table as cells (header rows,
 * connector strips, one row per step), pages split by manual row breaks, and
 * every symbol, off-page connector, arrow and label as drawing objects at the
 * place the PDF draws them.
 */
export function flowchartSheet(
  doc: SopDocument,
  pages: FlowchartPageGeometry[],
  print: PrintSetup,
): FlowchartSheet {
  const first = pages[0];
  const columns = first?.columns ?? [];
  const left = columns[0]?.x ?? 0;
  const colEdgesPt = columns.map((c) => c.x - left);
  const lastColumn = columns[columns.length - 1];
  if (lastColumn) colEdgesPt.push(lastColumn.x + lastColumn.width - left);

  const rowEdgesPt = [0];
  const rows: SheetRow[] = [];
  const stepRows = new Map<string, [number, number]>();
  const offsets: number[] = [];
  const rowBreaks: number[] = [];
  const header = first?.header ?? null;
  if (header) {
    rowEdgesPt.push(header.firstRowHeight, header.height);
    rows.push({ kind: 'header' }, { kind: 'header' });
  }
  pages.forEach((page, k) => {
    // A page's off-page connectors sit inside its first and last rows: the rows are the bands.
    const bands = page.rows.map((r) => ({ top: r.y, height: r.height, stepId: r.stepId }));
    const pageTop = bands[0]?.top ?? page.header?.top ?? 0;
    const offset = (rowEdgesPt[rowEdgesPt.length - 1] as number) - pageTop;
    offsets.push(offset);
    for (const band of bands) {
      const topEdge = rowEdgesPt[rowEdgesPt.length - 1] as number;
      const parts = limitRowHeights([topEdge, band.top + band.height + offset]).slice(1);
      const firstRow = rows.length;
      for (const edge of parts) {
        rowEdgesPt.push(edge);
        rows.push({ kind: 'step', stepId: band.stepId, page: k });
      }
      stepRows.set(band.stepId, [firstRow, rows.length - 1]);
    }
    if (k < pages.length - 1 && rows.length > 0) rowBreaks.push(rows.length - 1);
  });
  const grid = makeGrid(colEdgesPt, rowEdgesPt);

  const { cells, merges } = tableCells(doc, columns, stepRows, header !== null, headerSizes(first));
  const drawing = drawFlowchart(pages, grid, left, offsets);
  return {
    model: {
      name: 'Diagram Alir',
      grid,
      cells,
      merges,
      rowBreaks,
      printTitleRows: header && doc.sheet.repeatHeader ? [0, 1] : null,
      print,
    },
    drawing,
    rows,
  };
}

function tableCells(
  doc: SopDocument,
  columns: FlowchartPageGeometry['columns'],
  stepRows: Map<string, [number, number]>,
  withHeader: boolean,
  headerSize: ReadonlyMap<string, number>,
): { cells: SheetCell[]; merges: Merge[] } {
  const cells = new Map<string, SheetCell>();
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: CellValue | null, style: CellStyle): void => {
    cells.set(`${row}:${col}`, { row, col, value, style });
  };
  const region = (merge: Merge, value: CellValue | null, style: CellStyle): void => {
    for (let r = merge.row1; r <= merge.row2; r++)
      for (let c = merge.col1; c <= merge.col2; c++)
        put(r, c, r === merge.row1 && c === merge.col1 ? value : null, style);
    if (merge.row2 > merge.row1 || merge.col2 > merge.col1) merges.push(merge);
  };
  const colAt = (x: number): number => {
    let best = 0;
    columns.forEach((c, i) => {
      if (Math.abs(c.x - x) < Math.abs((columns[best]?.x ?? 0) - x)) best = i;
    });
    return best;
  };
  const text = (t: string): CellValue => ({
    kind: 'text',
    runs: [{ text: t, bold: false, fontSize: FLOWCHART_STYLE.bodyFont }],
  });

  if (withHeader) {
    for (const cell of headerCells(doc, columns)) {
      if (cell.width <= 0) continue;
      const col1 = colAt(cell.x);
      const lastCol = Math.max(col1, lastColumnWithin(columns, cell.x + cell.width));
      const [row1, row2] = cell.row === 'both' ? [0, 1] : [cell.row, cell.row];
      const fontSize = cell.place ? headerSize.get(placeKey(cell.place)) : undefined;
      region(
        { row1, col1, row2, col2: lastCol },
        text(cell.text),
        fontSize ? { ...HEADER, fontSize } : HEADER,
      );
    }
  }
  const steps = new Map(doc.steps.map((s, i) => [s.id, { step: s, number: i + 1 }]));
  for (const [stepId, [row1, row2]] of stepRows) {
    const entry = steps.get(stepId);
    if (!entry) continue;
    columns.forEach((column, c) => {
      const merge = { row1, col1: c, row2, col2: c };
      switch (column.kind) {
        case 'no':
          region(
            merge,
            { kind: 'number', value: entry.number },
            { ...BODY, horizontal: 'center', text: false },
          );
          return;
        case 'actor':
          region(merge, null, BODY);
          return;
        case 'time':
          region(merge, text(entry.step.time), { ...BODY, horizontal: 'center' });
          return;
        default:
          region(merge, text(entry.step[column.kind]), BODY);
      }
    });
  }
  return { cells: [...cells.values()], merges };
}

/** Connection sites of a box in Excel's order: top, left, bottom, right. */
function sitesOf(from: EmuPoint, to: EmuPoint): EmuPoint[] {
  const cx = Math.round((from.x + to.x) / 2);
  const cy = Math.round((from.y + to.y) / 2);
  return [
    { x: cx, y: from.y },
    { x: from.x, y: cy },
    { x: cx, y: to.y },
    { x: to.x, y: cy },
  ];
}

function drawFlowchart(
  pages: FlowchartPageGeometry[],
  grid: SheetGrid,
  left: number,
  offsets: number[],
): DrawingObject[] {
  const objects: DrawingObject[] = [];
  let nextId = 2;
  pages.forEach((page, k) => {
    const offset = offsets[k] ?? 0;
    const at = (x: number, y: number) => anchorAt(grid, x - left, y + offset);
    const sites: { id: number; sites: EmuPoint[] }[] = [];
    const box = (
      b: SymbolBox | OffPageConnector,
      preset: ShapePreset,
      name: string,
      text: { text: string; bold: boolean; fontSize: number } | null,
    ): void => {
      const from = at(b.x, b.y);
      const to = at(b.x + b.width, b.y + b.height);
      const id = nextId++;
      objects.push({ kind: 'shape', id, name, from, to, preset, lineWidth: SYMBOL_STROKE, text });
      sites.push({ id, sites: sitesOf(from, to) });
    };
    for (const symbol of page.symbols)
      box(symbol, PRESET[symbol.shape], `Simbol ${symbol.symbolId}`, null);
    for (const c of page.connectors)
      box(
        c,
        'flowChartOffpageConnector',
        `Penghubung ${c.label} (${c.end === 'out' ? 'keluar' : 'masuk'})`,
        {
          text: c.label,
          bold: true,
          fontSize: offPageLetterSize(c.height),
        },
      );
    const glueAt = (p: EmuPoint | undefined): Glue | null => {
      if (!p) return null;
      let best: Glue | null = null;
      let bestDistance = GLUE_TOLERANCE;
      for (const s of sites)
        s.sites.forEach((site, idx) => {
          const d = Math.hypot(site.x - p.x, site.y - p.y);
          if (d <= bestDistance) {
            bestDistance = d;
            best = { shapeId: s.id, site: idx };
          }
        });
      return best;
    };
    for (const route of page.routes) {
      objects.push(routeObject(route, nextId++, grid, at, glueAt));
      const label = route.label;
      if (label && label.text !== '') {
        const b = labelBox(label, sheetMeasurer);
        objects.push({
          kind: 'label',
          id: nextId++,
          name: `Label ${label.text}`,
          from: at(b.x, b.y),
          to: at(b.x + b.width, b.y + b.height),
          text: label.text,
          fontSize: b.fontSize,
          align: label.align,
        });
      }
    }
  });
  return objects;
}

function routeObject(
  route: Route,
  id: number,
  grid: SheetGrid,
  at: (x: number, y: number) => EmuPoint,
  glueAt: (p: EmuPoint | undefined) => Glue | null,
): DrawingObject {
  const points = simplifyPath(
    route.points.map((p) => {
      const a = at(p.x, p.y);
      return { x: a.x, y: a.y };
    }),
  );
  const name = `Panah ${route.flowId}`;
  const shape = fitConnector(points);
  if (shape) {
    const b = shape.bounds;
    return {
      kind: 'connector',
      id,
      name,
      from: anchorAtEmu(grid, b.x, b.y),
      to: anchorAtEmu(grid, b.x + b.width, b.y + b.height),
      shape,
      lineWidth: ARROW_STROKE,
      start: glueAt(points[0]),
      end: glueAt(points[points.length - 1]),
      arrowhead: route.arrowhead,
    };
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const from = anchorAtEmu(grid, Math.min(...xs), Math.min(...ys));
  const to = anchorAtEmu(grid, Math.max(...xs), Math.max(...ys));
  return {
    kind: 'freeform',
    id,
    name,
    from,
    to,
    points: points.map((p) => ({ x: p.x - from.x, y: p.y - from.y })),
    lineWidth: ARROW_STROKE,
    arrowhead: route.arrowhead,
  };
}
