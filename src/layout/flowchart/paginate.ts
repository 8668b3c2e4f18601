/** A flow between two rows, as pagination sees it. */
export interface RowEdge {
  flowId: string;
  fromRow: number;
  toRow: number;
  fromActor: string;
  toActor: string;
}

/** Where an off-page connector sits in its strip: an actor column and a stacking level. */
export interface StripSlot {
  actorId: string;
  level: number;
}

/**
 * Places a strip's connectors: in the target's actor column, or the source's if
 * that one is still free, else stacked under the target's (the agencies' habit).
 */
export function assignStrip(edges: RowEdge[]): { slots: Map<string, StripSlot>; levels: number } {
  const used = new Map<string, number>();
  const slots = new Map<string, StripSlot>();
  let levels = 0;
  // Flows within one actor column have no choice: they go first.
  const ordered = [
    ...edges.filter((e) => e.fromActor === e.toActor),
    ...edges.filter((e) => e.fromActor !== e.toActor),
  ];
  for (const edge of ordered) {
    const actorId =
      !used.has(edge.toActor) || used.has(edge.fromActor) ? edge.toActor : edge.fromActor;
    const level = used.get(actorId) ?? 0;
    used.set(actorId, level + 1);
    slots.set(edge.flowId, { actorId, level });
    levels = Math.max(levels, level + 1);
  }
  return { slots, levels };
}

export interface PaginateInput {
  heights: number[];
  breakBefore: boolean[];
  /** Height available for the table on one page. */
  capacity: number;
  headerHeight: (pageIndex: number) => number;
  stripHeight: (levels: number) => number;
  edges: RowEdge[];
}

/** A page's rows, `start` inclusive, `end` exclusive, with the flows crossing its edge. */
export interface PageRows {
  start: number;
  end: number;
  incoming: RowEdge[];
  outgoing: RowEdge[];
}

/**
 * Splits rows into pages, never inside a row: a row goes to the next page when
 * it, the header and the connector strips its page then needs do not fit, or
 * when its step asks for a break.
 */
export function paginate(input: PaginateInput): PageRows[] {
  const { heights, breakBefore, capacity, edges } = input;
  const byRow: number[][] = heights.map(() => []);
  edges.forEach((e, i) => {
    byRow[e.fromRow]?.push(i);
    if (e.toRow !== e.fromRow) byRow[e.toRow]?.push(i);
  });
  const crossing = (start: number, end: number): Pick<PageRows, 'incoming' | 'outgoing'> => {
    const seen = new Set<number>();
    for (let r = start; r < end; r++) for (const i of byRow[r]!) seen.add(i);
    const inside = (row: number): boolean => row >= start && row < end;
    const incoming: RowEdge[] = [];
    const outgoing: RowEdge[] = [];
    for (const i of [...seen].sort((a, b) => a - b)) {
      const e = edges[i]!;
      if (inside(e.fromRow) && !inside(e.toRow)) outgoing.push(e);
      if (inside(e.toRow) && !inside(e.fromRow)) incoming.push(e);
    }
    return { incoming, outgoing };
  };
  const pageHeight = (
    pageIndex: number,
    start: number,
    end: number,
    rowsHeight: number,
  ): number => {
    const { incoming, outgoing } = crossing(start, end);
    return (
      input.headerHeight(pageIndex) +
      input.stripHeight(assignStrip(incoming).levels) +
      rowsHeight +
      input.stripHeight(assignStrip(outgoing).levels)
    );
  };

  // No strip holds more connectors than there are flows: a page that fits even
  // with two such strips fits (the endless page of the canvas), without working
  // its strips out for every row it grows by.
  const roomy = (pageIndex: number, rows: number): boolean =>
    input.headerHeight(pageIndex) + rows + 2 * input.stripHeight(edges.length) <= capacity;
  const pages: PageRows[] = [];
  let start = 0;
  let rowsHeight = 0;
  for (let r = 0; r < heights.length; r++) {
    const rows = rowsHeight + heights[r]!;
    const fits =
      r === start ||
      (!breakBefore[r] &&
        (roomy(pages.length, rows) || pageHeight(pages.length, start, r + 1, rows) <= capacity));
    if (!fits) {
      pages.push({ start, end: r, ...crossing(start, r) });
      start = r;
      rowsHeight = 0;
    }
    rowsHeight += heights[r]!;
  }
  if (heights.length > 0)
    pages.push({ start, end: heights.length, ...crossing(start, heights.length) });
  return pages;
}
