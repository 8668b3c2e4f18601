import { strFromU8, unzipSync } from 'fflate';
import { cellPlace, cellText, MAX_TABLE_FILE_BYTES, sharedStrings } from './readTableFile';

/*
 * An .xlsx workbook as the official-layout reader needs it: per sheet its cell texts,
 * merged ranges, the size of its columns and rows in points, and the objects of its
 * drawing (shapes, connectors, text boxes, pictures) placed on that grid. Only the
 * parts of the package these come from are inflated.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const MAX_PART_BYTES = 50 * 1024 * 1024;
const MAX_ROWS = 5000;
const MAX_COLUMNS = 200;
/** More shapes than the largest SOP the format holds draws (2,000 steps, 4,000 arrows, their labels). */
const MAX_OBJECTS = 12_000;
/** EMU per point (DrawingML's unit: 914,400 an inch). */
export const EMU_PER_PT = 12700;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A point of the sheet in points from its top-left corner, and the cell it lies in. */
export interface SheetPoint {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One object of a sheet's drawing, where it is drawn. */
export interface DrawingObject {
  kind: 'shape' | 'connector' | 'picture' | 'group';
  /** The drawing's own id (what connectors glue to). */
  id: string;
  name: string;
  /** The preset geometry (flowChartProcess, rect, bentConnector3…); '' when custom. */
  preset: string;
  /** Whether it was made as a text box (or is a shape with text and no outline). */
  textBox: boolean;
  text: string;
  /** Its box on the sheet, as drawn (after rotation). */
  box: Box;
  /** Rotation in degrees, clockwise, and flips, as in its transform. */
  rotation: number;
  flipH: boolean;
  flipV: boolean;
  /** For a connector: the shapes and connection sites its ends are glued to. */
  start?: { id: string; site: number };
  end?: { id: string; site: number };
  /** Where the object's anchor sits, as a cell reference (for messages). */
  cell: string;
  /** A freeform's path, in points on the sheet (its first and last points are its ends). */
  path?: SheetPoint[];
  /** Whether its outline ends in an arrowhead (a line drawn as a shape is an arrow then). */
  arrowhead: boolean;
  /** A picture's image as a data URL (PNG or JPEG). */
  image?: string;
}

export interface WorkbookSheet {
  name: string;
  /** Cell texts by row and column (from 0). */
  cells: string[][];
  merges: CellRange[];
  /** Left edge of each column and top edge of each row, in points, one past the last. */
  columnEdges: number[];
  rowEdges: number[];
  drawing: DrawingObject[];
}

export type Workbook =
  | { ok: true; sheets: WorkbookSheet[] }
  | { ok: false; reason: 'tooLarge' | 'notSpreadsheet' | 'empty' };

/** Reads every sheet of an .xlsx with its drawing; `parseXml` is the page's DOMParser. */
export function readWorkbook(
  bytes: Uint8Array,
  parseXml: (text: string) => Document = (text) =>
    new DOMParser().parseFromString(text, 'application/xml'),
): Workbook {
  if (bytes.length > MAX_TABLE_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) =>
        f.originalSize <= MAX_PART_BYTES &&
        (f.name === 'xl/workbook.xml' ||
          f.name === 'xl/_rels/workbook.xml.rels' ||
          f.name === 'xl/sharedStrings.xml' ||
          f.name.startsWith('xl/worksheets/') ||
          f.name.startsWith('xl/drawings/') ||
          f.name.startsWith('xl/media/')),
    });
  } catch {
    return { ok: false, reason: 'notSpreadsheet' };
  }
  const xml = (path: string): Document | null => {
    const part = parts[path];
    return part ? parseXml(strFromU8(part)) : null;
  };
  const workbook = xml('xl/workbook.xml');
  const rels = xml('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return { ok: false, reason: 'notSpreadsheet' };
  const strings = sharedStrings(xml('xl/sharedStrings.xml'));
  const sheets: WorkbookSheet[] = [];
  for (const sheet of [...workbook.getElementsByTagNameNS(MAIN, 'sheet')].slice(0, 20)) {
    const relId = sheet.getAttributeNS(REL, 'id') ?? sheet.getAttribute('r:id');
    const target = relTarget(rels, relId, 'xl/');
    const worksheet = target ? xml(target) : null;
    if (!target || !worksheet) continue;
    const grid = sheetGrid(worksheet, strings);
    const drawingRel = [...worksheet.getElementsByTagNameNS(MAIN, 'drawing')][0];
    const drawingId = drawingRel?.getAttributeNS(REL, 'id') ?? drawingRel?.getAttribute('r:id');
    const sheetRels = xml(relsPathOf(target));
    const drawingPath =
      sheetRels && drawingId ? relTarget(sheetRels, drawingId, dirOf(target)) : null;
    const drawingDoc = drawingPath ? xml(drawingPath) : null;
    const drawingRels = drawingPath ? xml(relsPathOf(drawingPath)) : null;
    // A picture's bytes, as the data URL a logo is kept as (PNG or JPEG only).
    const image = (embed: string): string | undefined => {
      const path =
        drawingRels && drawingPath ? relTarget(drawingRels, embed, dirOf(drawingPath)) : null;
      const bytes = path ? parts[path] : undefined;
      return bytes ? imageDataUrl(bytes) : undefined;
    };
    sheets.push({
      name: sheet.getAttribute('name') ?? '',
      ...grid,
      drawing: drawingDoc ? drawingObjects(drawingDoc, grid.columnEdges, grid.rowEdges, image) : [],
    });
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, reason: 'empty' };
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

/** The part a relationship points to, resolved against `base` (a folder ending in "/"). */
function relTarget(rels: Document, id: string | null | undefined, base: string): string | null {
  if (!id) return null;
  const target = [...rels.getElementsByTagName('Relationship')]
    .find((r) => r.getAttribute('Id') === id)
    ?.getAttribute('Target');
  if (!target) return null;
  if (target.startsWith('/')) return target.slice(1);
  const path = (base + target).split('/');
  const out: string[] = [];
  for (const piece of path) {
    if (piece === '..') out.pop();
    else if (piece !== '.') out.push(piece);
  }
  return out.join('/');
}

/** Excel's column width in characters to points: the widest digit of the default font (Calibri or Arial 11 and 10: 7 px) plus padding. */
function columnWidthPt(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return px * 0.75;
}

function sheetGrid(
  worksheet: Document,
  strings: readonly string[],
): Pick<WorkbookSheet, 'cells' | 'merges' | 'columnEdges' | 'rowEdges'> {
  const cells: string[][] = [];
  for (const cell of worksheet.getElementsByTagNameNS(MAIN, 'c')) {
    const place = cellPlace(cell.getAttribute('r') ?? '');
    if (!place || place.row >= MAX_ROWS || place.col >= MAX_COLUMNS) continue;
    const text = cellText(cell, strings);
    if (text === '') continue;
    (cells[place.row] ??= [])[place.col] = text;
  }
  const merges: CellRange[] = [];
  for (const merge of worksheet.getElementsByTagNameNS(MAIN, 'mergeCell')) {
    const [a, b] = (merge.getAttribute('ref') ?? '').split(':');
    const from = cellPlace(a ?? '');
    const to = cellPlace(b ?? a ?? '');
    if (from && to) merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  const format = worksheet.getElementsByTagNameNS(MAIN, 'sheetFormatPr')[0];
  const defaultHeight = Number(format?.getAttribute('defaultRowHeight') ?? 15) || 15;
  const defaultWidth = columnWidthPt(Number(format?.getAttribute('defaultColWidth') ?? 9.140625));
  const widths = new Array<number>(MAX_COLUMNS).fill(defaultWidth);
  for (const col of worksheet.getElementsByTagNameNS(MAIN, 'col')) {
    const min = Number(col.getAttribute('min')) - 1;
    const max = Math.min(MAX_COLUMNS, Number(col.getAttribute('max')));
    const width = Number(col.getAttribute('width'));
    const hidden = col.getAttribute('hidden') === '1';
    for (let c = Math.max(0, min); c < max; c++) {
      widths[c] = hidden ? 0 : Number.isFinite(width) ? columnWidthPt(width) : defaultWidth;
    }
  }
  const heights: number[] = [];
  for (const row of worksheet.getElementsByTagNameNS(MAIN, 'row')) {
    const r = Number(row.getAttribute('r')) - 1;
    if (!(r >= 0 && r < MAX_ROWS)) continue;
    const ht = Number(row.getAttribute('ht'));
    heights[r] =
      row.getAttribute('hidden') === '1' ? 0 : Number.isFinite(ht) && ht > 0 ? ht : defaultHeight;
  }
  const rows = Math.max(cells.length, heights.length) + 200;
  const rowEdges = [0];
  for (let r = 0; r < Math.min(rows, MAX_ROWS); r++)
    rowEdges.push(rowEdges[r]! + (heights[r] ?? defaultHeight));
  const columnEdges = [0];
  for (let c = 0; c < MAX_COLUMNS; c++) columnEdges.push(columnEdges[c]! + widths[c]!);
  return {
    cells: Array.from(cells, (r) => Array.from(r ?? [], (c) => c ?? '')),
    merges,
    columnEdges,
    rowEdges,
  };
}

const child = (el: Element, ns: string, name: string): Element | undefined =>
  [...el.children].find((c) => c.namespaceURI === ns && c.localName === name);

const descendant = (el: Element, ns: string, name: string): Element | undefined =>
  el.getElementsByTagNameNS(ns, name)[0];

/** A column or row from its index and offset in EMU, in points along the sheet. */
function along(edges: readonly number[], index: number, offsetEmu: number): number {
  const last = edges.length - 1;
  const i = Math.max(0, Math.min(last, index));
  return edges[i]! + offsetEmu / EMU_PER_PT;
}

function markerPoint(
  marker: Element,
  columns: readonly number[],
  rows: readonly number[],
): SheetPoint {
  const num = (name: string) => Number(child(marker, XDR, name)?.textContent ?? 0) || 0;
  return {
    x: along(columns, num('col'), num('colOff')),
    y: along(rows, num('row'), num('rowOff')),
  };
}

function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function imageDataUrl(bytes: Uint8Array): string | undefined {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!png && !jpeg) return undefined;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/${png ? 'png' : 'jpeg'};base64,${btoa(binary)}`;
}

function drawingObjects(
  drawing: Document,
  columns: readonly number[],
  rows: readonly number[],
  image: (embed: string) => string | undefined,
): DrawingObject[] {
  const out: DrawingObject[] = [];
  const root = drawing.documentElement;
  for (const anchor of [...root.children]) {
    if (out.length >= MAX_OBJECTS) break;
    if (anchor.namespaceURI !== XDR) continue;
    const from = child(anchor, XDR, 'from');
    let box: Box;
    let cell = '';
    if (anchor.localName === 'absoluteAnchor') {
      const pos = child(anchor, XDR, 'pos');
      const ext = child(anchor, XDR, 'ext');
      box = {
        x: Number(pos?.getAttribute('x') ?? 0) / EMU_PER_PT,
        y: Number(pos?.getAttribute('y') ?? 0) / EMU_PER_PT,
        width: Number(ext?.getAttribute('cx') ?? 0) / EMU_PER_PT,
        height: Number(ext?.getAttribute('cy') ?? 0) / EMU_PER_PT,
      };
    } else if (from) {
      const a = markerPoint(from, columns, rows);
      const to = child(anchor, XDR, 'to');
      const ext = child(anchor, XDR, 'ext');
      const b = to
        ? markerPoint(to, columns, rows)
        : {
            x: a.x + Number(ext?.getAttribute('cx') ?? 0) / EMU_PER_PT,
            y: a.y + Number(ext?.getAttribute('cy') ?? 0) / EMU_PER_PT,
          };
      box = { x: a.x, y: a.y, width: Math.max(0, b.x - a.x), height: Math.max(0, b.y - a.y) };
      const col = Number(child(from, XDR, 'col')?.textContent ?? 0);
      const row = Number(child(from, XDR, 'row')?.textContent ?? 0);
      cell = `${columnName(col)}${row + 1}`;
    } else continue;
    for (const content of [...anchor.children]) {
      const object = readObject(content, box, cell);
      if (object?.kind === 'picture') {
        const blip = descendant(content, A, 'blip');
        const embed = blip?.getAttributeNS(REL, 'embed') ?? blip?.getAttribute('r:embed');
        const dataUrl = embed ? image(embed) : undefined;
        if (dataUrl) object.image = dataUrl;
      }
      if (object) out.push(object);
    }
  }
  return out;
}

function readObject(el: Element, box: Box, cell: string): DrawingObject | null {
  if (el.namespaceURI !== XDR) return null;
  const kind =
    el.localName === 'sp'
      ? 'shape'
      : el.localName === 'cxnSp'
        ? 'connector'
        : el.localName === 'pic'
          ? 'picture'
          : el.localName === 'grpSp'
            ? 'group'
            : null;
  if (!kind) return null;
  const props = descendant(el, XDR, 'cNvPr');
  const xfrm = descendant(el, A, 'xfrm');
  const preset = descendant(el, A, 'prstGeom')?.getAttribute('prst') ?? '';
  const textBody = child(el, XDR, 'txBody');
  const text = textBody
    ? [...textBody.getElementsByTagNameNS(A, 'p')]
        .map((p) => [...p.getElementsByTagNameNS(A, 't')].map((t) => t.textContent ?? '').join(''))
        .join('\n')
        .trim()
    : '';
  const spPr = child(el, XDR, 'spPr');
  const line = spPr ? child(spPr, A, 'ln') : undefined;
  const noLine = line ? child(line, A, 'noFill') !== undefined : false;
  const textBox =
    descendant(el, XDR, 'cNvSpPr')?.getAttribute('txBox') === '1' || (text !== '' && noLine);
  const glue = (name: string) => {
    const g = descendant(el, A, name);
    const id = g?.getAttribute('id');
    return id ? { id, site: Number(g?.getAttribute('idx') ?? 0) || 0 } : undefined;
  };
  const start = kind === 'connector' ? glue('stCxn') : undefined;
  const end = kind === 'connector' ? glue('endCxn') : undefined;
  const arrowhead = line
    ? [child(line, A, 'tailEnd'), child(line, A, 'headEnd')].some(
        (e) => e !== undefined && (e.getAttribute('type') ?? 'none') !== 'none',
      )
    : false;
  const path = freeformPath(el, box);
  return {
    kind,
    id: props?.getAttribute('id') ?? '',
    name: props?.getAttribute('name') ?? '',
    preset,
    textBox,
    text,
    box,
    rotation: (Number(xfrm?.getAttribute('rot') ?? 0) || 0) / 60000,
    flipH: xfrm?.getAttribute('flipH') === '1',
    flipV: xfrm?.getAttribute('flipV') === '1',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    cell,
    ...(path ? { path } : {}),
    arrowhead,
  };
}

/** The points of a freeform's first path, placed in its box (path units scale to the box). */
function freeformPath(el: Element, box: Box): SheetPoint[] | undefined {
  const geometry = descendant(el, A, 'custGeom');
  const path = geometry ? descendant(geometry, A, 'path') : undefined;
  if (!path) return undefined;
  const w = Number(path.getAttribute('w')) || 0;
  const h = Number(path.getAttribute('h')) || 0;
  const points = [...path.getElementsByTagNameNS(A, 'pt')].map((pt) => ({
    x: box.x + (w > 0 ? (Number(pt.getAttribute('x')) / w) * box.width : 0),
    y: box.y + (h > 0 ? (Number(pt.getAttribute('y')) / h) * box.height : 0),
  }));
  return points.length >= 2 ? points : undefined;
}

/** The ends of a connector as drawn: its box's corners, through its flips and rotation. */
export function connectorEnds(c: DrawingObject): { start: SheetPoint; end: SheetPoint } {
  if (c.path) return { start: c.path[0]!, end: c.path[c.path.length - 1]! };
  const cx = c.box.x + c.box.width / 2;
  const cy = c.box.y + c.box.height / 2;
  const quarter = Math.round((((c.rotation % 360) + 360) % 360) / 90) % 4;
  // The box before rotation: a quarter turn swaps its sides.
  const w = quarter % 2 === 1 ? c.box.height : c.box.width;
  const h = quarter % 2 === 1 ? c.box.width : c.box.height;
  const corner = (atEnd: boolean): SheetPoint => {
    const right = atEnd !== c.flipH;
    const bottom = atEnd !== c.flipV;
    let dx = (right ? w : -w) / 2;
    let dy = (bottom ? h : -h) / 2;
    for (let k = 0; k < quarter; k++) [dx, dy] = [-dy, dx];
    return { x: cx + dx, y: cy + dy };
  };
  return { start: corner(false), end: corner(true) };
}
