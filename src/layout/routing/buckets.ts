import type { Point, Rect } from '../geometry';

/** Side of a bucket, in points: about a label's reach, so a query looks at a few of them. */
const CELL = 48;
/** Keeps bucket coordinates positive for the key (pages start at their margin, never far left). */
const OFFSET = 1 << 12;
const ROW = 1 << 14;

/**
 * Rects (symbols, arrow segments, labels) filed by the squares of a coarse
 * grid they overlap, so that what lies near a point is found among a few
 * instead of all of a page's: the canvas draws thousands of symbols and arrows
 * on one page. Each rect is known by a number its owner chose.
 */
export class RectBuckets {
  private readonly cells = new Map<number, number[]>();

  add(id: number, r: Rect): void {
    const x0 = cellOf(r.x);
    const x1 = cellOf(r.x + r.width);
    const y0 = cellOf(r.y);
    const y1 = cellOf(r.y + r.height);
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const key = cy * ROW + cx;
        const list = this.cells.get(key);
        if (list) {
          if (list[list.length - 1] !== id) list.push(id);
        } else this.cells.set(key, [id]);
      }
    }
  }

  /**
   * The ids of every rect that may lie within `radius` of `p` (some farther
   * ones too), each once, in increasing order: callers that test them in turn
   * meet them in the order they were numbered, as if they had tried all.
   */
  near(p: Point, radius: number): number[] {
    const found = new Set<number>();
    const x0 = cellOf(p.x - radius);
    const x1 = cellOf(p.x + radius);
    const y0 = cellOf(p.y - radius);
    const y1 = cellOf(p.y + radius);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      // A radius wider than the page (a 20,000-character label is a line ~80,000 pt
      // long) would visit millions of empty squares: walk the filed ones instead.
      for (const [key, list] of this.cells) {
        const cy = Math.floor(key / ROW);
        const cx = key - cy * ROW;
        if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) for (const id of list) found.add(id);
      }
    } else {
      for (let cy = y0; cy <= y1; cy++) {
        for (let cx = x0; cx <= x1; cx++) {
          const list = this.cells.get(cy * ROW + cx);
          if (list) for (const id of list) found.add(id);
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

function cellOf(v: number): number {
  return Math.max(0, Math.min(ROW - 1, Math.floor(v / CELL) + OFFSET));
}

/**
 * The indexes of the bands (ordered top to bottom, not overlapping, as a page's
 * rows are) that reach into y0..y1, in order; all of them, in order, for bands
 * not so ordered.
 */
export function bandsAcross(
  bands: readonly { top: number; bottom: number }[],
  y0: number,
  y1: number,
): number[] {
  if (!ordered(bands)) return bands.map((_, k) => k);
  let lo = 0;
  let hi = bands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bands[mid]!.bottom < y0) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < bands.length && bands[k]!.top <= y1; k++) out.push(k);
  return out;
}

const orderedBands = new WeakMap<object, boolean>();

function ordered(bands: readonly { top: number; bottom: number }[]): boolean {
  let known = orderedBands.get(bands);
  if (known === undefined) {
    known = bands.every((b, k) => b.top <= b.bottom && (k === 0 || bands[k - 1]!.bottom <= b.top));
    orderedBands.set(bands, known);
  }
  return known;
}
