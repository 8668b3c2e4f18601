import type { Orientation, Paper } from '../model/types';
import type { PaperSize } from './geometry';

const MM = 72 / 25.4;
const INCH = 72;

/** Portrait width × height in points of each paper the agencies use. */
const PORTRAIT: Record<Paper, [number, number]> = {
  A4: [210 * MM, 297 * MM],
  F4: [215 * MM, 330 * MM],
  Letter: [8.5 * INCH, 11 * INCH],
  Legal: [8.5 * INCH, 14 * INCH],
};

/** The page margin: within the 10–15 mm the sheet specification asks for. */
export const PAGE_MARGIN = 12 * MM;

/** Page size in points for a paper and orientation, with the sheet's margin. */
export function paperSize(paper: Paper, orientation: Orientation): PaperSize {
  const [short, long] = PORTRAIT[paper];
  return orientation === 'landscape'
    ? { width: long, height: short, margin: PAGE_MARGIN }
    : { width: short, height: long, margin: PAGE_MARGIN };
}
