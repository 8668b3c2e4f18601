import type { IdentityPageGeometry, PaperSize, TextBlock } from '../../layout/geometry';
import { isHorizontal, isVertical, ruledGrid, uniqueEdges } from '../ruledGrid';
import { IDENTITY_STYLE } from '../../layout/identity/topBlock';
import type { DrawingObject } from './drawing';
import { anchorAt, limitRowHeights, makeGrid } from './grid';
import type { TextRun } from './sharedStrings';
import type { BorderStyle, CellStyle } from './styles';
import type { Merge, PrintSetup, SheetCell, SheetModel } from './worksheet';

/** Space a cell's text keeps from its top edge in the PDF (the identity layout's padding). */
const IDENTITY_PADDING = IDENTITY_STYLE.padding;

export interface IdentitySheet {
  model: SheetModel;
  drawing: DrawingObject[];
  /** The logo's image, to be stored as the drawing's picture. */
  logo: { dataUrl: string } | null;
}

/**
 * The `Identitas` sheet: the identity page(s) as merged, bordered cells. The
 * cell grid is read off the page's own table lines: every line position is a
 * column or row edge, cells with no line between them are merged, and each
 * text block goes into the cell it is drawn in, keeping the PDF's line breaks.
 */
export function identitySheet(
  pages: IdentityPageGeometry[],
  paper: PaperSize,
  print: PrintSetup,
): IdentitySheet {
  const left = paper.margin;
  const xs = uniqueEdges([
    paper.margin,
    paper.width - paper.margin,
    ...pages.flatMap((p) => p.lines.filter(isVertical).map((l) => l.x1)),
  ]);
  const colEdgesPt = xs.map((x) => x - left);

  const rowEdgesPt: number[] = [0];
  const offsets: number[] = [];
  const rowBreaks: number[] = [];
  pages.forEach((page, k) => {
    const ys = uniqueEdges(page.lines.filter(isHorizontal).map((l) => l.y1));
    const top = ys[0] ?? paper.margin;
    const offset = (rowEdgesPt[rowEdgesPt.length - 1] as number) - top;
    offsets.push(offset);
    const edges = limitRowHeights(ys.map((y) => y + offset));
    rowEdgesPt.push(...edges.slice(1));
    if (k < pages.length - 1) rowBreaks.push(rowEdgesPt.length - 2);
  });
  const grid = makeGrid(colEdgesPt, rowEdgesPt);
  const rows = rowEdgesPt.length - 1;
  const cols = colEdgesPt.length - 1;

  // Which cell edges carry a line, page by page in sheet coordinates.
  const lines = pages.flatMap((page, k) =>
    page.lines.map((l) => ({
      ...l,
      x1: l.x1 - left,
      x2: l.x2 - left,
      y1: l.y1 + (offsets[k] ?? 0),
      y2: l.y2 + (offsets[k] ?? 0),
    })),
  );
  const ruled = ruledGrid(lines, colEdgesPt, rowEdgesPt);
  const regionAt = ruled.regionAt;

  // Texts into the region they are drawn in, top to bottom.
  const texts = new Map<string, { region: Merge; blocks: TextBlock[]; offset: number }>();
  pages.forEach((page, k) => {
    for (const block of page.texts) {
      const line = block.lines.find((l) => l.text !== '');
      if (!line) continue;
      const nudge = block.align === 'left' ? 0.5 : block.align === 'right' ? -0.5 : 0;
      const a = anchorAt(
        grid,
        line.x + nudge - left,
        line.y - block.fontSize * 0.3 + (offsets[k] ?? 0),
      );
      const region = regionAt(a.row, a.col);
      const key = `${region.row1}:${region.col1}`;
      const entry = texts.get(key) ?? { region, blocks: [], offset: offsets[k] ?? 0 };
      entry.blocks.push(block);
      texts.set(key, entry);
    }
  });

  const cells: SheetCell[] = [];
  const border = (on: boolean): BorderStyle => (on ? 'thin' : null);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const region = regionAt(r, c);
      const entry = texts.get(`${region.row1}:${region.col1}`);
      const style = entry ? blockStyle(entry.blocks, region, rowEdgesPt, entry.offset) : PLAIN;
      const isTopLeft = r === region.row1 && c === region.col1;
      cells.push({
        row: r,
        col: c,
        value:
          isTopLeft && entry
            ? {
                kind: 'text',
                runs: runsOf(
                  entry.blocks,
                  style.vertical === 'top' ? rowEdgesPt[region.row1]! - entry.offset : null,
                ),
              }
            : null,
        style: {
          ...style,
          border: {
            left: border(ruled.vertical(r, c)),
            right: border(ruled.vertical(r, c + 1)),
            top: border(ruled.horizontal(r, c)),
            bottom: border(ruled.horizontal(r + 1, c)),
          },
        },
      });
    }
  const merges = ruled.merges;

  const drawing: DrawingObject[] = [];
  let logo: IdentitySheet['logo'] = null;
  pages.forEach((page, k) => {
    if (!page.logo || logo) return;
    const l = page.logo;
    const offset = offsets[k] ?? 0;
    logo = { dataUrl: l.dataUrl };
    drawing.push({
      kind: 'picture',
      id: 2,
      name: 'Logo',
      relId: 'rId1',
      from: anchorAt(grid, l.x - left, l.y + offset),
      to: anchorAt(grid, l.x + l.width - left, l.y + l.height + offset),
    });
  });

  return {
    model: { name: 'Identitas', grid, cells, merges, rowBreaks, printTitleRows: null, print },
    drawing,
    logo,
  };
}

const PLAIN: CellStyle = {
  fontSize: 8,
  bold: false,
  horizontal: 'left',
  vertical: 'top',
  text: true,
  border: { left: null, right: null, top: null, bottom: null },
};

/**
 * The region's text as the PDF sets it: pieces on one baseline (a list number
 * and its item) joined on one line, lines in order, and a blank line for each
 * empty line's height the PDF leaves between them (the room to sign) or above
 * the first line of a top-aligned cell (the room of the logo above the
 * organization's name). `top` is the region's top on the page.
 */
function runsOf(blocks: TextBlock[], top: number | null): TextRun[] {
  const pieces = blocks
    .flatMap((block) =>
      block.lines
        .filter((l) => l.text.trim() !== '')
        .map((l) => ({ ...l, bold: block.bold, fontSize: block.fontSize })),
    )
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: (typeof pieces)[] = [];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - piece.y) < 1) line.push(piece);
    else lines.push([piece]);
  }
  const runs: TextRun[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    let breaks = '';
    const head = line[0]!;
    if (previous) {
      const lineHeight = previous[0]!.fontSize * 1.2;
      const gap = head.y - previous[0]!.y;
      breaks = '\n'.repeat(Math.max(1, Math.round(gap / lineHeight)));
    } else if (top !== null) {
      const room = head.y - head.fontSize * 0.72 - top - IDENTITY_PADDING;
      breaks = '\n'.repeat(Math.max(0, Math.floor(room / (head.fontSize * 1.2))));
    }
    line.forEach((piece, k) => {
      const text = (k === 0 ? breaks : ' ') + piece.text.trim();
      const last = runs[runs.length - 1];
      if (last && last.bold === piece.bold && last.fontSize === piece.fontSize) last.text += text;
      else runs.push({ text, bold: piece.bold, fontSize: piece.fontSize });
    });
  });
  return runs;
}

function firstBaseline(block: TextBlock): number {
  return block.lines[0]?.y ?? 0;
}

/** The cell's look from its first block: alignment, weight, and centred vertically when the PDF centres it. */
function blockStyle(
  blocks: TextBlock[],
  region: Merge,
  rowEdgesPt: number[],
  offset: number,
): CellStyle {
  const sorted = [...blocks].sort((a, b) => firstBaseline(a) - firstBaseline(b));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const textTop = firstBaseline(first) - first.fontSize * 0.72 + offset;
  const lastLine = last.lines[last.lines.length - 1];
  const textBottom = (lastLine?.y ?? 0) + last.fontSize * 0.21 + offset;
  const top = rowEdgesPt[region.row1]!;
  const bottom = rowEdgesPt[region.row2 + 1]!;
  const centred = Math.abs((textTop + textBottom) / 2 - (top + bottom) / 2) < 2;
  return {
    ...PLAIN,
    fontSize: first.fontSize,
    bold: sorted.every((b) => b.bold),
    horizontal: first.align,
    vertical: centred ? 'center' : 'top',
  };
}
