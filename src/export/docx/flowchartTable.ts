import {
  HeightRule,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { headerCells } from '../../layout/flowchart/header';
import { FLOWCHART_STYLE } from '../../layout/flowchart/metrics';
import type { Column, FlowchartPageGeometry, RowGeometry, TextBlock } from '../../layout/geometry';
import type { SopDocument, Step } from '../../model/types';
import { headerSizes, lastColumnWithin, placeKey } from '../headerCells';
import { NO_TABLE_BORDERS } from './identityPage';
import { border, lineTopFor, sheetParagraph, type TextStyle } from './paragraphs';
import { twips } from './units';

const PAD = FLOWCHART_STYLE.cellPadding;
/** Room given on the right of each cell so Word's wrapping is never tighter than the sheet's. */
const RIGHT_SLACK = 1;
const PITCH = FLOWCHART_STYLE.bodyFont * FLOWCHART_STYLE.lineHeight;

const BODY: TextStyle = {
  fontSize: FLOWCHART_STYLE.bodyFont,
  bold: false,
  align: 'left',
  lineHeight: PITCH,
};

type TextColumn = Exclude<Column['kind'], 'no' | 'actor'>;

/**
 * One flowchart page as one Word table: the two header rows (marked to repeat, should Word
 * ever carry the table over a page) and one row per step, every row of the height the sheet
 * gives it and never split, columns as wide as the sheet's. Cell text is the document's own
 * (Word wraps it), set on the baseline where the sheet sets its first line.
 */
export function flowchartTable(doc: SopDocument, page: FlowchartPageGeometry): Table {
  const columns = page.columns;
  const lineWidth = page.lines[0]?.width ?? 0.5;
  const ruled = {
    top: border(lineWidth),
    bottom: border(lineWidth),
    left: border(lineWidth),
    right: border(lineWidth),
  };
  const rows: TableRow[] = [];
  if (page.header) rows.push(...headerRows(doc, page, ruled));
  const steps = new Map(doc.steps.map((s) => [s.id, s]));
  for (const row of page.rows) {
    const step = steps.get(row.stepId);
    const blocks = page.texts.filter((t) => inRow(t, row));
    rows.push(
      new TableRow({
        cantSplit: true,
        height: { value: twips(row.height), rule: HeightRule.EXACT },
        children: columns.map((column) => {
          const inCell = blocks.find((t) => inColumn(t, column));
          return new TableCell({
            width: { size: twips(column.width), type: WidthType.DXA },
            borders: ruled,
            verticalAlign: VerticalAlign.TOP,
            children: [bodyParagraph(column, row, step, inCell)],
          });
        }),
      }),
    );
  }
  const left = columns[0]?.x ?? 0;
  const right = columns.length
    ? columns[columns.length - 1]!.x + columns[columns.length - 1]!.width
    : 0;
  return new Table({
    rows,
    columnWidths: columns.map((c) => twips(c.width)),
    width: { size: twips(right - left), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: NO_TABLE_BORDERS,
  });
}

function inRow(block: TextBlock, row: RowGeometry): boolean {
  const y = block.lines[0]?.y ?? -1;
  return y > row.y && y < row.y + row.height;
}

function inColumn(block: TextBlock, column: Column): boolean {
  const x = block.lines[0]?.x ?? -1;
  return x >= column.x - 0.5 && x <= column.x + column.width + 0.5;
}

function bodyParagraph(
  column: Column,
  row: RowGeometry,
  step: Step | undefined,
  block: TextBlock | undefined,
) {
  const baseline = block?.lines[0]?.y;
  const before = baseline === undefined ? 0 : Math.max(0, lineTopFor(baseline, BODY) - row.y);
  const centred = column.kind === 'no' || column.kind === 'time';
  const style: TextStyle = { ...BODY, align: centred ? 'center' : 'left' };
  const text =
    column.kind === 'no'
      ? String(row.number)
      : column.kind === 'actor' || !step
        ? ''
        : step[column.kind as TextColumn];
  return sheetParagraph({
    lines: text.split('\n'),
    style,
    before,
    // Centred text is centred between the paddings, a little wider on both sides.
    left: centred ? PAD - RIGHT_SLACK / 2 : PAD,
    right: PAD - (centred ? RIGHT_SLACK / 2 : RIGHT_SLACK),
  });
}

function headerRows(
  doc: SopDocument,
  page: FlowchartPageGeometry,
  ruled: ReturnType<typeof border> extends infer B
    ? Record<'top' | 'bottom' | 'left' | 'right', B>
    : never,
): TableRow[] {
  const band = page.header!;
  const columns = page.columns;
  const sizes = headerSizes(page);
  const colAt = (x: number): number => {
    let best = 0;
    columns.forEach((c, i) => {
      if (Math.abs(c.x - x) < Math.abs((columns[best]?.x ?? 0) - x)) best = i;
    });
    return best;
  };
  const cells = headerCells(doc, columns).filter((c) => c.width > 0);
  const rowOf = (r: 0 | 1) =>
    cells
      .filter((c) => c.row === r || (r === 0 && c.row === 'both'))
      .sort((a, b) => a.x - b.x)
      .map((cell) => {
        const col1 = colAt(cell.x);
        const col2 = Math.max(col1, lastColumnWithin(columns, cell.x + cell.width));
        const fontSize =
          (cell.place ? sizes.get(placeKey(cell.place)) : undefined) ?? FLOWCHART_STYLE.headerFont;
        return new TableCell({
          columnSpan: col2 - col1 + 1,
          rowSpan: cell.row === 'both' ? 2 : 1,
          width: { size: twips(cell.width), type: WidthType.DXA },
          borders: ruled,
          verticalAlign: VerticalAlign.CENTER,
          children: [
            sheetParagraph({
              lines: cell.text.split('\n'),
              style: {
                fontSize,
                bold: true,
                align: 'center',
                lineHeight: fontSize * FLOWCHART_STYLE.lineHeight,
              },
              left: 1,
              right: 1,
            }),
          ],
        });
      });
  return [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: twips(band.firstRowHeight), rule: HeightRule.EXACT },
      children: rowOf(0),
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: twips(band.height - band.firstRowHeight), rule: HeightRule.EXACT },
      children: rowOf(1),
    }),
  ];
}
