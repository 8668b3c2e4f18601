import type { Identity, IdentityListField } from '../../model/types';
import type { IdentityPageGeometry, Line, PaperSize, TextBlock, TextMeasurer } from '../geometry';
import { listLines, type BoxLine } from './boxContent';
import { linesHeight, textBlock } from './textBlocks';
import { IDENTITY_STYLE, layoutTopBlock } from './topBlock';

/** The lower block's box pairs: fixed Indonesian headers, as the regulation prints them. */
const BOX_PAIRS: [[string, IdentityListField], [string, IdentityListField]][] = [
  [
    ['DASAR HUKUM', 'legalBasis'],
    ['KUALIFIKASI PELAKSANA', 'qualifications'],
  ],
  [
    ['KETERKAITAN', 'relatedSops'],
    ['PERALATAN/PERLENGKAPAN', 'equipment'],
  ],
  [
    ['PERINGATAN', 'warnings'],
    ['PENCATATAN DAN PENDATAAN', 'records'],
  ],
];

/** Lines a box shows even when its list is short, so it can still be written in. */
const MIN_CONTENT_LINES = 2;
/** A pair is split across pages only if at least this many lines fit before the break. */
const MIN_SPLIT_LINES = 3;

interface PageDraft {
  lines: Line[];
  texts: TextBlock[];
  top: number;
}

/**
 * Lays out the identity section (section 1 of the official sheet): the top
 * block and three pairs of boxes, continuing on further pages with the box
 * headers repeated when the lists are too long for one page.
 */
export function layoutIdentityPages(
  identity: Identity,
  paper: PaperSize,
  measure: TextMeasurer,
  firstPageIndex = 0,
): IdentityPageGeometry[] {
  const s = IDENTITY_STYLE;
  const pad = s.padding;
  const left = paper.margin;
  const right = paper.width - paper.margin;
  const bottom = paper.height - paper.margin;
  const split = left + (right - left) * s.split;
  const lineHeight = linesHeight(1, s.font);
  const headerHeight = lineHeight + 2;

  const top = layoutTopBlock(identity, left, right, paper.margin, measure);
  const pages: IdentityPageGeometry[] = [];
  let page: PageDraft = { lines: [...top.lines], texts: [...top.texts], top: paper.margin };
  let logo = top.logo;
  let y = paper.margin + top.height;

  const finishPage = (): void => {
    const { lines, texts } = page;
    const frame: [number, number, number, number][] = [
      [left, page.top, right, page.top],
      [right, page.top, right, y],
      [right, y, left, y],
      [left, y, left, page.top],
    ];
    for (const [x1, y1, x2, y2] of frame) lines.push({ x1, y1, x2, y2, width: s.frameWidth });
    pages.push({
      kind: 'identity',
      index: firstPageIndex + pages.length,
      footer: null,
      lines,
      texts,
      logo,
    });
    logo = null;
    page = { lines: [], texts: [], top: paper.margin };
    y = paper.margin;
  };

  const boxes = (x1: number, x2: number, field: IdentityListField): BoxLine[] =>
    listLines(identity[field], x2 - x1 - 2 * pad, s.font, measure);

  for (const [[leftHeader, leftField], [rightHeader, rightField]] of BOX_PAIRS) {
    let leftLines = boxes(left, split, leftField);
    let rightLines = boxes(split, right, rightField);
    for (;;) {
      const needed = Math.max(leftLines.length, rightLines.length, MIN_CONTENT_LINES);
      const capacity = Math.floor((bottom - y - 2 * pad - headerHeight) / lineHeight);
      const atPageTop = y === page.top;
      let count = needed;
      if (needed > capacity) {
        if (capacity < MIN_SPLIT_LINES && !atPageTop) {
          finishPage();
          continue;
        }
        // Even an empty page cannot hold the pair whole: split it, one line at least.
        count = Math.max(1, capacity);
      }
      const height = 2 * pad + headerHeight + count * lineHeight;
      if (!atPageTop) page.lines.push({ x1: left, y1: y, x2: right, y2: y, width: s.lineWidth });
      page.lines.push({ x1: split, y1: y, x2: split, y2: y + height, width: s.lineWidth });
      drawBox(page.texts, leftHeader, leftLines.slice(0, count), left, y);
      drawBox(page.texts, rightHeader, rightLines.slice(0, count), split, y);
      leftLines = leftLines.slice(count);
      rightLines = rightLines.slice(count);
      y += height;
      if (leftLines.length === 0 && rightLines.length === 0) break;
      finishPage();
    }
  }
  finishPage();
  return pages;

  function drawBox(texts: TextBlock[], header: string, lines: BoxLine[], x: number, y0: number) {
    const inner = x + pad;
    texts.push(textBlock([header], inner, y0 + pad, s.font, true));
    const contentTop = y0 + pad + headerHeight;
    lines.forEach((line, i) => {
      const lineTop = contentTop + i * lineHeight;
      if (line.number !== null) texts.push(textBlock([line.number], inner, lineTop, s.font, false));
      texts.push(textBlock([line.text], inner + line.indent, lineTop, s.font, false));
    });
  }
}
