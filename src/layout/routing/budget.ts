/**
 * The work the router may still do, counted in search expansions (and their
 * equivalent for label placement), never in time: the same document gets the
 * same routes on every machine, however busy. Routing a page tries again and
 * again to do better (other orders, other ports, room kept for labels, tighter
 * lanes, a wider sheet); on a few steps crowded with arrows those tries
 * multiply into minutes. A budget stops them: tries to do better stop once it
 * is spent, and flows still unrouted then are drawn by a plain fallback.
 */
export class WorkBudget {
  private remaining: number;
  private used = 0;

  constructor(limit: number) {
    this.remaining = limit;
  }

  /** Work still allowed (Infinity for an unlimited budget). */
  get left(): number {
    return Math.max(0, this.remaining);
  }

  get spent(): number {
    return this.used;
  }

  get exhausted(): boolean {
    return this.remaining <= 0;
  }

  spend(amount: number): void {
    this.remaining -= amount;
    this.used += amount;
  }
}

/** A budget that never runs out, for callers routing a few flows (tests, small tools). */
export function unlimited(): WorkBudget {
  return new WorkBudget(Infinity);
}

/**
 * What one flow's routing may cost on its page, at most: about four times
 * what the most crowded page of ordinary SOPs (12 actors, 300 steps, loops
 * and stacked symbols) was seen to use, so those never meet the budget.
 */
export const WORK_PER_REQUEST = 20_000;

/** What a page may cost beyond its flows' share: a few searches across its whole grid. */
export const PAGE_FLOOR = 100_000;

/** Kept for each flow of the pages still to route: plenty for one routing of it and its label. */
export const FIRST_ROUTING = 1_000;

/**
 * What laying out one sheet (or the whole canvas) may cost, all pages and all
 * attempts together: a second or two in Node. The hardest ordinary SOPs seen
 * (the regression cases of layoutSheet, up to 300 steps) need up to 3.4 million.
 */
export const SHEET_WORK = 4_000_000;
