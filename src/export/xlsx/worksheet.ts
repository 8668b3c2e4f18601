import { alphabeticLabel } from '../../layout/flowchart/layoutFlowchartPages';
import { FOOTER_DROP, FOOTER_FONT } from '../../layout/footer';
import type { SheetGrid } from './grid';
import type { SharedStrings, TextRun } from './sharedStrings';
import type { CellStyle, StyleRegistry } from './styles';
import { columnWidthChars, PT_PER_PX } from './units';
import { escapeXml } from './xml';

export type CellValue = { kind: 'text'; runs: TextRun[] } | { kind: 'number'; value: number };

export interface SheetCell {
  row: number;
  col: number;
  value: CellValue | null;
  style: CellStyle;
}

/** A rectangle of cells shown as one (0-based, inclusive). */
export interface Merge {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/** How the sheet prints: Excel's paper code, orientation and the PDF's margin. */
export interface PrintSetup {
  paperCode: number;
  orientation: 'portrait' | 'landscape';
  marginPt: number;
  /**
   * The printed page's footer, as the geometry's: the SOP's title on the left and
   * "Halaman x dari y" on the right, x counted from `firstPage` (the sheet's pages
   * before this worksheet's) and y the whole sheet's page count.
   */
  footer?: { title: string; firstPage: number; pageCount: number };
}

/** Everything a worksheet part is written from. */
export interface SheetModel {
  name: string;
  grid: SheetGrid;
  cells: SheetCell[];
  merges: Merge[];
  /** 0-based rows after which a new printed page starts. */
  rowBreaks: number[];
  /** 0-based first and last row repeated at the top of every printed page. */
  printTitleRows: [number, number] | null;
  print: PrintSetup;
}

export function cellRef(row: number, col: number): string {
  return `${alphabeticLabel(col)}${row + 1}`;
}

/** Writes `xl/worksheets/sheetN.xml`; `drawingRelId` links the sheet's drawing part. */
export function worksheetXml(
  sheet: SheetModel,
  styles: StyleRegistry,
  strings: SharedStrings,
  drawingRelId: string | null,
): string {
  const { grid } = sheet;
  const colCount = grid.colEdges.length - 1;
  const rowCount = grid.rowEdges.length - 1;
  const cols = Array.from({ length: colCount }, (_, c) => {
    const px = (grid.colEdges[c + 1] as number) - (grid.colEdges[c] as number);
    return `<col min="${c + 1}" max="${c + 1}" width="${columnWidthChars(px)}" customWidth="1"/>`;
  }).join('');

  const byRow = new Map<number, SheetCell[]>();
  for (const cell of sheet.cells) {
    const list = byRow.get(cell.row) ?? [];
    list.push(cell);
    byRow.set(cell.row, list);
  }
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const px = (grid.rowEdges[r + 1] as number) - (grid.rowEdges[r] as number);
    const cells = (byRow.get(r) ?? [])
      .sort((a, b) => a.col - b.col)
      .map((cell) => cellXml(cell, styles, strings))
      .join('');
    rows.push(`<row r="${r + 1}" ht="${round(px * PT_PER_PX)}" customHeight="1">${cells}</row>`);
  }
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges
        .map((m) => `<mergeCell ref="${cellRef(m.row1, m.col1)}:${cellRef(m.row2, m.col2)}"/>`)
        .join('')}</mergeCells>`
    : '';
  const margin = round(sheet.print.marginPt / 72, 4);
  const breaks = sheet.rowBreaks.length
    ? `<rowBreaks count="${sheet.rowBreaks.length}" manualBreakCount="${sheet.rowBreaks.length}">${sheet.rowBreaks
        .map((r) => `<brk id="${r + 1}" max="16383" man="1"/>`)
        .join('')}</rowBreaks>`
    : '';
  const last = cellRef(Math.max(0, rowCount - 1), Math.max(0, colCount - 1));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="12.75"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    merges +
    `<pageMargins left="${margin}" right="${margin}" top="${margin}" bottom="${margin}" header="0" footer="${footerMargin(sheet.print)}"/>` +
    `<pageSetup paperSize="${sheet.print.paperCode}"${firstPageNumber(sheet.print)} orientation="${sheet.print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    footerXml(sheet.print) +
    breaks +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    '</worksheet>'
  );
}

/** Where Excel sets the footer: as far above the paper's edge as the PDF's baseline. */
function footerMargin(print: PrintSetup): number {
  return print.footer ? round(Math.max(0, print.marginPt - FOOTER_DROP - 2) / 72, 4) : 0;
}

/**
 * The flowchart sheet's pages follow the identity sheet's: its numbering starts after them
 * (firstPageNumber, which Excel and LibreOffice both honour — "&P+2" in the footer is
 * Excel's alone, LibreOffice prints it as it stands).
 */
function firstPageNumber(print: PrintSetup): string {
  const first = print.footer?.firstPage ?? 0;
  return first > 0 ? ` firstPageNumber="${first + 1}" useFirstPageNumber="1"` : '';
}

/** SpreadsheetML footer codes: &L/&R sections, &6 the font size, &P the page; "&&" a literal "&". */
function footerXml(print: PrintSetup): string {
  if (!print.footer) return '';
  const { title, pageCount } = print.footer;
  const size = `&${Math.round(FOOTER_FONT)}`;
  // A space after the size code: a title starting with a digit would read as part of the size.
  const left = title === '' ? '' : `&L${size} ${title.replace(/&/g, '&&')}`;
  const code = `${left}&R${size}Halaman &P dari ${pageCount}`;
  return `<headerFooter><oddFooter>${escapeXml(code)}</oddFooter></headerFooter>`;
}

function cellXml(cell: SheetCell, styles: StyleRegistry, strings: SharedStrings): string {
  const ref = cellRef(cell.row, cell.col);
  const s = styles.styleOf(cell.style);
  const value = cell.value;
  if (!value) return `<c r="${ref}" s="${s}"/>`;
  if (value.kind === 'number') return `<c r="${ref}" s="${s}"><v>${value.value}</v></c>`;
  if (value.runs.every((r) => r.text === '')) return `<c r="${ref}" s="${s}"/>`;
  return `<c r="${ref}" s="${s}" t="s"><v>${strings.runs(value.runs)}</v></c>`;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
