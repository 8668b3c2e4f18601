import type { Column, Point, RowGeometry } from '../../layout/geometry';

/** Where a point on the diagram falls: a (row, lane) cell, or a lane below the last row. */
export type CellHit =
  { kind: 'cell'; stepId: string; actorId: string } | { kind: 'below'; actorId: string };

interface TableShape {
  columns: readonly Column[];
  rows: readonly RowGeometry[];
  /** Where the first row starts (bottom of the header rows). */
  headerBottom: number;
}

/** The actor lane whose column holds `x`, or the nearest lane when `nearest` is set. */
export function laneAt(columns: readonly Column[], x: number, nearest = false): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const c of columns) {
    if (c.kind !== 'actor' || c.actorId === undefined) continue;
    if (x >= c.x && x < c.x + c.width) return c.actorId;
    const distance = Math.min(Math.abs(x - c.x), Math.abs(x - (c.x + c.width)));
    if (nearest && (!best || distance < best.distance)) best = { id: c.actorId, distance };
  }
  return best?.id ?? null;
}

/**
 * The cell under a point in sheet points: used for palette drops and symbol drags. A point
 * over the header or outside every lane hits nothing; below the last row it asks for a new step.
 */
export function cellAt(table: TableShape, point: Point): CellHit | null {
  const actorId = laneAt(table.columns, point.x);
  if (actorId === null || point.y < table.headerBottom) return null;
  for (const row of table.rows) {
    if (point.y >= row.y && point.y < row.y + row.height) {
      return { kind: 'cell', stepId: row.stepId, actorId };
    }
  }
  return { kind: 'below', actorId };
}

/**
 * The index a dragged row lands at when its centre is at `y`: the number of other rows whose
 * middle lies above it (so a row dropped over the top half of a neighbour goes before it).
 */
export function rowDropIndex(
  rows: readonly RowGeometry[],
  draggedStepId: string,
  y: number,
): number {
  let index = 0;
  for (const row of rows) {
    if (row.stepId === draggedStepId) continue;
    if (row.y + row.height / 2 < y) index++;
  }
  return index;
}

/** The lane index a dragged lane header lands at when its centre is at `x`. */
export function laneDropIndex(
  columns: readonly Column[],
  draggedActorId: string,
  x: number,
): number {
  let index = 0;
  for (const c of columns) {
    if (c.kind !== 'actor' || c.actorId === draggedActorId) continue;
    if (c.x + c.width / 2 < x) index++;
  }
  return index;
}
