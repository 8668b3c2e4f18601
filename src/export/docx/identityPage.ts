import {
  HorizontalPositionRelativeFrom,
  ImageRun,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  HeightRule,
  TextWrappingType,
  VerticalAlign,
  VerticalPositionRelativeFrom,
  WidthType,
  type Paragraph,
} from 'docx';
import type { IdentityPageGeometry, PaperSize, TextBlock } from '../../layout/geometry';
import { IDENTITY_STYLE } from '../../layout/identity/topBlock';
import { isHorizontal, isVertical, ruledGrid, uniqueEdges, type CellRange } from '../ruledGrid';
import { decodeImage } from '../xlsx/workbook';
import { border, lineTopFor, sheetParagraph, type ParagraphSpec } from './paragraphs';
import { emu, px, twips } from './units';

/** Baseline-to-baseline pitch of the identity page's text (the layout's 1.25). */
const LINE_PITCH = 1.25;

/** Room given on the right of each cell so Word's wrapping is never tighter than the sheet's. */
const RIGHT_SLACK = 1;

/** A list number as the identity page sets it, apart from its item: "1.", "12.". */
const LIST_NUMBER = /^\d+\.$/;

/** A line that opens an entry of its own, such as the dashes of Peringatan. */
const ENTRY_MARK = /^[-•–]\s/;

export interface IdentityTable {
  table: Table;
  /** The table's top edge on the page, where the paragraph before it must end. */
  top: number;
  /** The logo, floating where the PDF draws it, to go in the paragraph before the table. */
  logo: ImageRun | null;
}

interface Piece {
  text: string;
  x: number;
  y: number;
  block: number;
  bold: boolean;
  fontSize: number;
  align: TextBlock['align'];
}

/**
 * One identity page as a Word table: its columns and rows are the page's own table lines,
 * cells with no line between them are merged (column and row spans), and every text is set
 * in the cell it is drawn in, on the baselines the PDF uses, with each list item a paragraph
 * of its own that hangs from its number (so an edited item rewraps as a list does).
 */
export function identityTable(page: IdentityPageGeometry, paper: PaperSize): IdentityTable {
  const xs = uniqueEdges([
    paper.margin,
    paper.width - paper.margin,
    ...page.lines.filter(isVertical).map((l) => l.x1),
  ]);
  const ys = uniqueEdges(page.lines.filter(isHorizontal).map((l) => l.y1));
  if (ys.length < 2) ys.push(...[paper.margin, paper.height - paper.margin].slice(ys.length));
  const grid = ruledGrid(page.lines, xs, ys);
  const widthAt = (x1: number, y1: number, x2: number, y2: number): number => {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    const line = page.lines.find((l) =>
      x1 === x2
        ? isVertical(l) && Math.abs(l.x1 - x1) < 0.05 && between(my, l.y1, l.y2)
        : isHorizontal(l) && Math.abs(l.y1 - y1) < 0.05 && between(mx, l.x1, l.x2),
    );
    return line ? line.width : 0;
  };

  const indexIn = (edges: number[], v: number): number => {
    let i = 0;
    while (i < edges.length - 2 && v >= edges[i + 1]!) i++;
    return i;
  };
  const blocksIn = new Map<string, TextBlock[]>();
  for (const block of page.texts) {
    const line = block.lines.find((l) => l.text.trim() !== '');
    if (!line) continue;
    const nudge = block.align === 'left' ? 0.5 : block.align === 'right' ? -0.5 : 0;
    const region = grid.regionAt(
      indexIn(ys, line.y - block.fontSize * 0.3),
      indexIn(xs, line.x + nudge),
    );
    const key = `${region.row1}:${region.col1}`;
    blocksIn.set(key, [...(blocksIn.get(key) ?? []), block]);
  }

  const rows: TableRow[] = [];
  for (let r = 0; r < ys.length - 1; r++) {
    const cells: TableCell[] = [];
    for (let c = 0; c < xs.length - 1; c++) {
      const region = grid.regionAt(r, c);
      if (region.col1 !== c) continue; // inside a span
      if (region.row1 !== r) continue; // below a vertical merge's first cell: docx continues it
      const box = {
        left: xs[region.col1]!,
        right: xs[region.col2 + 1]!,
        top: ys[region.row1]!,
        bottom: ys[region.row2 + 1]!,
      };
      const content = cellContent(blocksIn.get(`${r}:${c}`) ?? [], box);
      cells.push(
        new TableCell({
          children: content.paragraphs,
          columnSpan: region.col2 - region.col1 + 1,
          rowSpan: region.row2 - region.row1 + 1,
          verticalAlign: content.centred ? VerticalAlign.CENTER : VerticalAlign.TOP,
          width: { size: twips(box.right - box.left), type: WidthType.DXA },
          borders: bordersOf(region, xs, ys, widthAt),
        }),
      );
    }
    rows.push(
      new TableRow({
        children: cells,
        height: { value: twips(ys[r + 1]! - ys[r]!), rule: HeightRule.EXACT },
        cantSplit: true,
      }),
    );
  }
  const table = new Table({
    rows,
    columnWidths: xs.slice(1).map((x, i) => twips(x - xs[i]!)),
    width: { size: twips(xs[xs.length - 1]! - xs[0]!), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: NO_TABLE_BORDERS,
  });
  return { table, top: ys[0]!, logo: logoRun(page) };
}

function between(v: number, a: number, b: number): boolean {
  return Math.min(a, b) - 0.05 <= v && v <= Math.max(a, b) + 0.05;
}

const NONE = border(0);
export const NO_TABLE_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function bordersOf(
  region: CellRange,
  xs: number[],
  ys: number[],
  widthAt: (x1: number, y1: number, x2: number, y2: number) => number,
) {
  const left = xs[region.col1]!;
  const right = xs[region.col2 + 1]!;
  const top = ys[region.row1]!;
  const bottom = ys[region.row2 + 1]!;
  // A merged cell's edge is ruled when its first stretch is (the sheet rules whole edges).
  const firstRowBottom = ys[region.row1 + 1]!;
  const firstColRight = xs[region.col1 + 1]!;
  return {
    top: border(widthAt(left, top, firstColRight, top)),
    bottom: border(widthAt(left, bottom, firstColRight, bottom)),
    left: border(widthAt(left, top, left, firstRowBottom)),
    right: border(widthAt(right, top, right, firstRowBottom)),
  };
}

function logoRun(page: IdentityPageGeometry): ImageRun | null {
  const logo = page.logo;
  const image = logo ? decodeImage(logo.dataUrl) : null;
  if (!logo || !image) return null;
  return new ImageRun({
    type: image.extension === 'png' ? 'png' : 'jpg',
    data: image.bytes,
    transformation: { width: px(logo.width), height: px(logo.height) },
    altText: { name: 'Logo', description: 'Logo instansi', title: 'Logo' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: emu(logo.x) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: emu(logo.y) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      layoutInCell: false,
    },
  });
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The paragraphs of one cell, rebuilt from the sheet's lines: a list number and its item
 * become one paragraph hanging from the number, and the item's further lines join it; other
 * lines of one block stay as the sheet breaks them; a gap the sheet leaves (the room to sign)
 * becomes space before the next paragraph.
 */
function cellContent(blocks: TextBlock[], box: Box): { paragraphs: Paragraph[]; centred: boolean } {
  const pieces: Piece[] = blocks
    .flatMap((block, b) =>
      block.lines
        .filter((l) => l.text.trim() !== '')
        .map((l) => ({
          text: l.text.trim(),
          x: l.x,
          y: l.y,
          block: b,
          bold: block.bold,
          fontSize: block.fontSize,
          align: block.align,
        })),
    )
    .sort((a, b) => a.y - b.y || a.x - b.x);
  if (pieces.length === 0) return { paragraphs: [sheetParagraph(EMPTY)], centred: false };

  const lines: Piece[][] = [];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - piece.y) < 1) line.push(piece);
    else lines.push([piece]);
  }

  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const textTop = first.y - first.fontSize * 0.72;
  const textBottom = last.y + last.fontSize * 0.21;
  const centred = Math.abs((textTop + textBottom) / 2 - (box.top + box.bottom) / 2) < 2;

  interface Open {
    spec: ParagraphSpec;
    lastY: number;
    lastBlock: number;
    /** Where the text of a list item starts: its further lines join it there. */
    itemX: number | null;
    /** Baseline of the first line, for the space above it. */
    firstY: number;
  }
  const open: Open[] = [];
  for (const line of lines) {
    const head = line[0]!;
    const pitch = head.fontSize * LINE_PITCH;
    const style = {
      fontSize: head.fontSize,
      bold: head.bold,
      align: head.align,
      lineHeight: pitch,
    };
    const current = open[open.length - 1];
    const next = current && Math.abs(head.y - current.lastY - pitch) < 1;
    const sameLook =
      current &&
      current.spec.style.bold === head.bold &&
      current.spec.style.fontSize === head.fontSize &&
      current.spec.style.align === head.align;
    const isItem = line.length > 1 && LIST_NUMBER.test(head.text);
    const text = line.map((p) => p.text).join(' ');
    if (current && next && sameLook && !isItem) {
      const lines = current.spec.lines;
      if (head.block === current.lastBlock) {
        lines.push(text); // the sheet's own break inside one block
      } else if (
        !ENTRY_MARK.test(text) &&
        Math.abs(head.x - (current.itemX ?? current.spec.left! + box.left)) < 1
      ) {
        const previous = lines[lines.length - 1]!;
        lines[lines.length - 1] = /[-/]$/.test(previous) ? previous + text : `${previous} ${text}`;
      } else {
        open.push(start(line, style, text, null));
        continue;
      }
      current.lastY = head.y;
      current.lastBlock = head.block;
      continue;
    }
    if (isItem) {
      const item = line[1]!;
      const rest = line
        .slice(1)
        .map((p) => p.text)
        .join(' ');
      const o = start(line, style, `${head.text}\t${rest}`, item.x);
      o.spec.left = item.x - box.left;
      o.spec.hanging = item.x - head.x;
      open.push(o);
    } else open.push(start(line, style, text, null));
  }

  function start(
    line: Piece[],
    style: ParagraphSpec['style'],
    text: string,
    itemX: number | null,
  ): Open {
    const head = line[0]!;
    const inset = style.align === 'left' ? head.x - box.left : IDENTITY_STYLE.padding;
    return {
      spec: {
        lines: [text],
        style,
        left: style.align === 'right' ? 0 : inset,
        right: style.align === 'left' ? Math.max(0, IDENTITY_STYLE.padding - RIGHT_SLACK) : inset,
      },
      lastY: head.y,
      lastBlock: head.block,
      itemX,
      firstY: head.y,
    };
  }

  // Space above each paragraph: from the cell's top (or the previous paragraph's last line)
  // to where this one's first line must start.
  const head = open[0]!;
  let cursor = centred ? lineTopFor(head.firstY, head.spec.style) : box.top;
  const paragraphs = open.map((o) => {
    const before = Math.max(0, lineTopFor(o.firstY, o.spec.style) - cursor);
    cursor = lineTopFor(o.lastY, o.spec.style) + o.spec.style.lineHeight;
    return sheetParagraph({ ...o.spec, before });
  });
  return { paragraphs, centred };
}

const EMPTY: ParagraphSpec = {
  lines: [''],
  style: { fontSize: IDENTITY_STYLE.font, bold: false, align: 'left', lineHeight: 10 },
};
