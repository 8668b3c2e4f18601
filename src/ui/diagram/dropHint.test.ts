import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../layout/diagram';
import { sheetMeasurer } from '../../layout/text/measure';
import { sampleDocument } from '../../model/sample';
import { cellRect, rowInsertRect } from './dropHint';

const geometry = layoutDiagram(sampleDocument(), sheetMeasurer);
const { rows, columns } = geometry.page;
const lane = columns.find((c) => c.actorId === 'a-ketua')!;

describe('drop hints', () => {
  it('covers the cell under the pointer', () => {
    expect(cellRect(geometry, { kind: 'cell', stepId: 's4', actorId: 'a-ketua' })).toEqual({
      x: lane.x,
      y: rows[3]!.y,
      width: lane.width,
      height: rows[3]!.height,
    });
  });
  it('shows a band under the last row for a new step', () => {
    const rect = cellRect(geometry, { kind: 'below', actorId: 'a-ketua' })!;
    expect(rect.y).toBeCloseTo(rows.at(-1)!.y + rows.at(-1)!.height);
    expect(rect.x).toBe(lane.x);
  });
  it('marks where a dragged row goes', () => {
    expect(rowInsertRect(geometry, 's1', 0).y).toBeCloseTo(rows[1]!.y - 1.5);
    expect(rowInsertRect(geometry, 's1', 2).y).toBeCloseTo(rows[3]!.y - 1.5);
    expect(rowInsertRect(geometry, 's1', 9).y).toBeCloseTo(rows[9]!.y + rows[9]!.height - 1.5);
  });
});
