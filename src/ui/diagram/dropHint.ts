import type { DiagramGeometry } from '../../layout/diagram';
import type { Rect } from '../../layout/geometry';
import type { CellHit } from './cellAt';

/** Height of the "new step" band shown below the last row, in points. */
const NEW_ROW_HEIGHT = 24;

/** The area a drop would land in, in sheet points: the cell, or a band below the last row. */
export function cellRect(geometry: DiagramGeometry, hit: CellHit): Rect | null {
  const column = geometry.page.columns.find((c) => c.kind === 'actor' && c.actorId === hit.actorId);
  if (!column) return null;
  if (hit.kind === 'below') {
    const last = geometry.page.rows.at(-1);
    const y = last ? last.y + last.height : geometry.headerBottom;
    return { x: column.x, y, width: column.width, height: NEW_ROW_HEIGHT };
  }
  const row = geometry.page.rows.find((r) => r.stepId === hit.stepId);
  return row ? { x: column.x, y: row.y, width: column.width, height: row.height } : null;
}

/** A thin bar across the table where a dragged row would be inserted (`index` among the others). */
export function rowInsertRect(
  geometry: DiagramGeometry,
  draggedStepId: string,
  index: number,
): Rect {
  const { columns, rows } = geometry.page;
  const others = rows.filter((r) => r.stepId !== draggedStepId);
  const left = columns[0]?.x ?? 0;
  const last = columns.at(-1);
  const right = last ? last.x + last.width : left;
  const before = others[index];
  const after = others[index - 1];
  const y = before ? before.y : after ? after.y + after.height : geometry.headerBottom;
  return { x: left, y: y - 1.5, width: right - left, height: 3 };
}
