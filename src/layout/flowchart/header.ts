import type { ColumnLabels, SopDocument } from '../../model/types';
import type { Column, Line, TextBlock, TextMeasurer } from '../geometry';
import type { TextPlace } from '../../model/textPlaces';
import { wrapWords } from '../text/wrap';
import { FLOWCHART_STYLE, baseline, textHeight } from './metrics';

/** The fixed words of the regulation's table header (Indonesian whatever the UI language). */
const PELAKSANA = 'Pelaksana';
const MUTU_BAKU = 'Mutu Baku';
const NO = 'No';

export interface HeaderCell {
  text: string;
  x: number;
  width: number;
  /** 0: first header row, 1: second, 'both': spans the two. */
  row: 0 | 1 | 'both';
  /** The document's text it prints (a column label or an actor's name); none for the regulation's words. */
  place?: TextPlace;
}

/** The two header rows, measured: drawing them needs only a top. */
export interface MeasuredHeader {
  height: number;
  firstRowHeight: number;
  cells: { cell: HeaderCell; lines: string[]; hyphenated: boolean; fontSize: number }[];
}

/**
 * Smallest size a header label is set in so that its words need no hyphen: many actors on
 * portrait paper leave narrow columns, and "Kepa-la Bagi-an" reads worse than smaller type.
 */
const MIN_HEADER_FONT = 6;

const MUTU_KINDS = new Set<Column['kind']>(['requirements', 'time', 'output']);

const label = (field: keyof ColumnLabels): TextPlace => ({ kind: 'columnLabel', field });

/** The header's cells: Pelaksana and Mutu Baku over their columns, then one cell per column. */
export function headerCells(doc: SopDocument, columns: Column[]): HeaderCell[] {
  const span = (kinds: (k: Column['kind']) => boolean): { x: number; width: number } => {
    const cols = columns.filter((c) => kinds(c.kind));
    const x = cols[0]?.x ?? 0;
    const last = cols[cols.length - 1];
    return { x, width: last ? last.x + last.width - x : 0 };
  };
  const cells: HeaderCell[] = [
    { text: PELAKSANA, row: 0, ...span((k) => k === 'actor') },
    { text: MUTU_BAKU, row: 0, ...span((k) => MUTU_KINDS.has(k)) },
  ];
  const actorName = new Map(doc.actors.map((a) => [a.id, a.name]));
  for (const c of columns) {
    const labels = doc.sheet.labels;
    switch (c.kind) {
      case 'no':
        cells.push({ text: NO, row: 'both', x: c.x, width: c.width });
        break;
      case 'activity':
      case 'notes':
        cells.push({
          text: labels[c.kind],
          row: 'both',
          x: c.x,
          width: c.width,
          place: label(c.kind),
        });
        break;
      case 'actor':
        cells.push({
          text: actorName.get(c.actorId ?? '') ?? '',
          row: 1,
          x: c.x,
          width: c.width,
          place: { kind: 'actor', id: c.actorId ?? '' },
        });
        break;
      case 'requirements':
      case 'time':
      case 'output':
        cells.push({ text: labels[c.kind], row: 1, x: c.x, width: c.width, place: label(c.kind) });
        break;
    }
  }
  return cells;
}

/** Wraps every header label into its cell and finds the two rows' heights. */
export function measureHeader(
  doc: SopDocument,
  columns: Column[],
  measure: TextMeasurer,
): MeasuredHeader {
  const { headerFont: font, cellPadding: pad } = FLOWCHART_STYLE;
  const cells = headerCells(doc, columns);
  const room = (cell: HeaderCell): number => Math.max(1, cell.width - 2 * pad);
  // The size at which a label's longest word fits its cell, when one of at least the minimum
  // does (else the word is hyphenated at full size: smaller type would not save it).
  const sizeFor = (cell: HeaderCell): number => {
    const widest = Math.max(
      0,
      ...cell.text.split(/[\s/-]+/).map((w) => measure.width(w, font, true)),
    );
    // In half points, as office programs set type.
    const size = widest <= room(cell) ? font : Math.floor((2 * font * room(cell)) / widest) / 2;
    return size >= MIN_HEADER_FONT ? size : font;
  };
  // Actor names share one size, so the Pelaksana row reads as one.
  const actorSize = Math.min(font, ...cells.filter((c) => c.place?.kind === 'actor').map(sizeFor));
  const wrapped = cells.map((cell) => {
    const fontSize = cell.place?.kind === 'actor' ? actorSize : sizeFor(cell);
    const text = wrapWords(cell.text, room(cell), fontSize, true, measure);
    return { cell, lines: text.lines, hyphenated: text.hyphenated.includes(true), fontSize };
  });
  const need = (row: HeaderCell['row']): number =>
    Math.max(
      textHeight(1, font) + 2 * pad,
      ...wrapped
        .filter((w) => w.cell.row === row)
        .map((w) => textHeight(w.lines.length, w.fontSize) + 2 * pad),
    );
  const firstRowHeight = need(0);
  const height = Math.max(firstRowHeight + need(1), need('both'));
  return { height, firstRowHeight, cells: wrapped };
}

/** Header texts (bold, centred both ways) and the line between its two rows. */
export function placeHeader(
  header: MeasuredHeader,
  top: number,
): { texts: TextBlock[]; lines: Line[] } {
  const texts: TextBlock[] = [];
  let midLine: Line | null = null;
  for (const { cell, lines, hyphenated, fontSize: font } of header.cells) {
    const cellTop = cell.row === 1 ? top + header.firstRowHeight : top;
    const cellHeight =
      cell.row === 'both'
        ? header.height
        : cell.row === 0
          ? header.firstRowHeight
          : header.height - header.firstRowHeight;
    const textTop = cellTop + (cellHeight - textHeight(lines.length, font)) / 2;
    texts.push({
      lines: lines.map((text, i) => ({
        text,
        x: cell.x + cell.width / 2,
        y: baseline(textTop, i, font),
      })),
      align: 'center',
      fontSize: font,
      bold: true,
      source: cell.text,
      ...(cell.place ? { place: cell.place } : {}),
      ...(hyphenated ? { hyphenated: true as const } : {}),
    });
    if (cell.row === 0) {
      const y = top + header.firstRowHeight;
      const x1 = Math.min(midLine?.x1 ?? Infinity, cell.x);
      const x2 = Math.max(midLine?.x2 ?? -Infinity, cell.x + cell.width);
      midLine = { x1, y1: y, x2, y2: y, width: 0.5 };
    }
  }
  return { texts, lines: midLine ? splitMidLine(midLine, header) : [] };
}

/** The mid line runs under Pelaksana and Mutu Baku only, not under the cells spanning both rows. */
function splitMidLine(line: Line, header: MeasuredHeader): Line[] {
  return header.cells
    .filter(({ cell }) => cell.row === 0 && cell.width > 0)
    .map(({ cell }) => ({ ...line, x1: cell.x, x2: cell.x + cell.width }));
}

/** Whether a column border lies inside the Pelaksana or Mutu Baku span (drawn only in the second header row). */
export function isInnerGroupBorder(left: Column, right: Column): boolean {
  return (
    (left.kind === 'actor' && right.kind === 'actor') ||
    (MUTU_KINDS.has(left.kind) && MUTU_KINDS.has(right.kind))
  );
}
