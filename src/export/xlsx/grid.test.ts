import { describe, expect, it } from 'vitest';
import { anchorAt, anchorAtEmu, limitRowHeights, makeGrid, snapEdges } from './grid';

describe('the sheet grid', () => {
  it('snaps edges down to whole pixels without letting rounding add up', () => {
    // 30 rows of 10.4 pt: rounding each height would drift by 30 × 0.25 pt.
    const edges = Array.from({ length: 31 }, (_, i) => i * 10.4);
    const px = snapEdges(edges);
    expect(px[30]! * 0.75).toBeLessThanOrEqual(312);
    expect(px[30]! * 0.75).toBeGreaterThan(312 - 0.75);
    expect(px.every((p, i) => i === 0 || p > px[i - 1]!)).toBe(true);
  });

  it('splits a row taller than Excel allows', () => {
    const edges = limitRowHeights([0, 20, 900]);
    expect(edges[0]).toBe(0);
    expect(edges[edges.length - 1]).toBe(900);
    for (let i = 1; i < edges.length; i++) expect(edges[i]! - edges[i - 1]!).toBeLessThan(409);
  });

  it('anchors a point in its cell and keeps the offset inside the snapped cell', () => {
    const grid = makeGrid([0, 50, 100.3], [0, 20, 40]);
    const a = anchorAt(grid, 60, 10);
    expect(a).toMatchObject({ col: 1, row: 0, colOff: 10 * 12700, rowOff: 10 * 12700 });
    const edge = anchorAt(grid, 100.3, 40);
    expect(edge.col).toBe(1);
    expect(edge.colOff).toBeLessThanOrEqual((grid.colEdges[2]! - grid.colEdges[1]!) * 9525);
    expect(anchorAtEmu(grid, a.x, a.y)).toEqual(a);
  });
});
