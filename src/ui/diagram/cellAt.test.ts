import { describe, expect, it } from 'vitest';
import type { Column, RowGeometry } from '../../layout/geometry';
import { cellAt, laneAt, laneDropIndex, rowDropIndex } from './cellAt';

const columns: Column[] = [
  { kind: 'no', x: 0, width: 20 },
  { kind: 'activity', x: 20, width: 100 },
  { kind: 'actor', actorId: 'a1', x: 120, width: 60 },
  { kind: 'actor', actorId: 'a2', x: 180, width: 60 },
  { kind: 'notes', x: 240, width: 80 },
];
const rows: RowGeometry[] = [
  { stepId: 's1', number: 1, y: 50, height: 40 },
  { stepId: 's2', number: 2, y: 90, height: 60 },
  { stepId: 's3', number: 3, y: 150, height: 40 },
];
const table = { columns, rows, headerBottom: 50 };

describe('cellAt', () => {
  it('finds the row and lane under a point', () => {
    expect(cellAt(table, { x: 130, y: 60 })).toEqual({ kind: 'cell', stepId: 's1', actorId: 'a1' });
    expect(cellAt(table, { x: 239, y: 149 })).toEqual({
      kind: 'cell',
      stepId: 's2',
      actorId: 'a2',
    });
    expect(cellAt(table, { x: 180, y: 150 })).toEqual({
      kind: 'cell',
      stepId: 's3',
      actorId: 'a2',
    });
  });
  it('asks for a new step below the last row', () => {
    expect(cellAt(table, { x: 200, y: 400 })).toEqual({ kind: 'below', actorId: 'a2' });
  });
  it('hits nothing over the header or outside the lanes', () => {
    expect(cellAt(table, { x: 130, y: 49 })).toBeNull();
    expect(cellAt(table, { x: 60, y: 60 })).toBeNull();
    expect(cellAt(table, { x: 250, y: 60 })).toBeNull();
  });
  it('finds the nearest lane when asked', () => {
    expect(laneAt(columns, 10)).toBeNull();
    expect(laneAt(columns, 10, true)).toBe('a1');
    expect(laneAt(columns, 300, true)).toBe('a2');
  });
});

describe('drop indexes', () => {
  it('places a dragged row by the middles of the others', () => {
    expect(rowDropIndex(rows, 's1', 40)).toBe(0);
    expect(rowDropIndex(rows, 's1', 121)).toBe(1);
    expect(rowDropIndex(rows, 's1', 500)).toBe(2);
    expect(rowDropIndex(rows, 's3', 60)).toBe(0);
    expect(rowDropIndex(rows, 's3', 80)).toBe(1);
  });
  it('places a dragged lane by the middles of the others', () => {
    expect(laneDropIndex(columns, 'a1', 300)).toBe(1);
    expect(laneDropIndex(columns, 'a2', 100)).toBe(0);
    expect(laneDropIndex(columns, 'a2', 200)).toBe(1);
  });
});
