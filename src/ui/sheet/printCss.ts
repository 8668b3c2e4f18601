import type { PaperSize } from '../../layout/geometry';

/**
 * The print rules for the current paper: `@page` at the sheet's size with no
 * margin (the geometry carries its own), each SVG exactly one page. Built only
 * from numbers, never from user text.
 */
export function printPageCss(paper: PaperSize): string {
  const w = `${round(paper.width)}pt`;
  const h = `${round(paper.height)}pt`;
  return [
    `@page { size: ${w} ${h}; margin: 0; }`,
    `@media print { .sheet-print-page { width: ${w}; height: ${h}; } }`,
  ].join('\n');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
