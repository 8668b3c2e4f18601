import type { Identity } from '../model/types';
import type { PageFooter, PageGeometry, PaperSize, TextBlock, TextMeasurer } from './geometry';

/** Small enough to stay out of the way, large enough to read on a photocopy. */
export const FOOTER_FONT = 6.5;

/** Baseline of the footer below the bottom margin line: inside what office printers reach. */
export const FOOTER_DROP = 11;

/** "Halaman x dari y": the words agencies print on each page. */
export function pageLabel(pageNumber: number, pageCount: number): string {
  return `Halaman ${pageNumber} dari ${pageCount}`;
}

/**
 * The footer of page `index` (0-based) of `count`: the SOP's number and name on
 * the left, cut short with an ellipsis when they would reach the page label,
 * and "Halaman x dari y" on the right, both in the bottom margin.
 */
export function layoutFooter(
  identity: Pick<Identity, 'number' | 'name'>,
  paper: PaperSize,
  index: number,
  count: number,
  measure: TextMeasurer,
): PageFooter {
  const left = paper.margin;
  const right = paper.width - paper.margin;
  const y = paper.height - paper.margin + FOOTER_DROP;
  const label = pageLabel(index + 1, count);
  const texts: TextBlock[] = [
    { lines: [{ text: label, x: right, y }], align: 'right', fontSize: FOOTER_FONT, bold: false },
  ];
  const title = footerTitle(identity);
  const room = right - left - measure.width(label, FOOTER_FONT, false) - 12;
  const fitted = fitWidth(title, room, measure);
  if (fitted !== '')
    texts.push({
      lines: [{ text: fitted, x: left, y }],
      align: 'left',
      fontSize: FOOTER_FONT,
      bold: false,
    });
  return { pageNumber: index + 1, pageCount: count, texts };
}

/** The SOP's number and name as a footer names them. */
export function footerTitle(identity: Pick<Identity, 'number' | 'name'>): string {
  return [identity.number.trim(), identity.name.trim()].filter((t) => t !== '').join(' — ');
}

/**
 * `text` whole when it fits `width`, else its longest head that fits with "…". The head
 * is found by halving (a longer head is never narrower), as a name may be 20,000
 * characters long and every page has a footer.
 */
function fitWidth(text: string, width: number, measure: TextMeasurer): string {
  if (measure.width(text, FOOTER_FONT, false) <= width) return text;
  const head = (end: number): string => `${text.slice(0, end).trimEnd()}…`;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure.width(head(mid), FOOTER_FONT, false) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : head(lo);
}

/** Every page with its footer, numbered over the whole sheet. */
export function withFooters(
  pages: PageGeometry[],
  identity: Pick<Identity, 'number' | 'name'>,
  paper: PaperSize,
  measure: TextMeasurer,
): PageGeometry[] {
  return pages.map((page, k) => ({
    ...page,
    footer: layoutFooter(identity, paper, k, pages.length, measure),
  }));
}
