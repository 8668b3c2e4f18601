import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  connectorPath,
  fitConnector,
  MIN_EXTENT,
  simplifyPath,
  type EmuPoint,
} from './connectorPath';

/** An orthogonal path of `segments` legs, starting horizontally or vertically, from random lengths. */
const orthogonalPath = fc
  .record({
    vertical: fc.boolean(),
    start: fc.record({ x: fc.integer({ min: 0, max: 5e6 }), y: fc.integer({ min: 0, max: 5e6 }) }),
    legs: fc.array(
      fc.integer({ min: -2e6, max: 2e6 }).filter((n) => n !== 0),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ vertical, start, legs }) => {
    const points: EmuPoint[] = [start];
    legs.forEach((leg, i) => {
      const last = points[points.length - 1]!;
      const alongY = vertical ? i % 2 === 0 : i % 2 === 1;
      points.push(alongY ? { x: last.x, y: last.y + leg } : { x: last.x + leg, y: last.y });
    });
    return points;
  });

function closeTo(a: EmuPoint[], b: EmuPoint[], tolerance: number): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => Math.hypot(p.x - b[i]!.x, p.y - b[i]!.y) <= tolerance)
  );
}

describe('fitConnector', () => {
  it('picks the elbow connector by the number of legs, rotated when the path starts vertically', () => {
    const right = fitConnector([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
    expect(right).toMatchObject({ preset: 'straightConnector1', rot: 0, ext: { cx: 100, cy: 0 } });
    const pt = 12700;
    const down = fitConnector([
      { x: 0, y: 0 },
      { x: 0, y: 50 * pt },
      { x: 80 * pt, y: 50 * pt },
      { x: 80 * pt, y: 100 * pt },
    ]);
    expect(down).toMatchObject({ preset: 'bentConnector3', rot: 5400000, adj: [50000] });
    expect(down!.bounds).toEqual({ x: 0, y: 0, width: 80 * pt, height: 100 * pt });
    // A U-turn back to the same x: the guide lies outside a 0.1 pt wide box.
    const loop = fitConnector([
      { x: 0, y: 0 },
      { x: 20 * pt, y: 0 },
      { x: 20 * pt, y: -60 * pt },
      { x: 0, y: -60 * pt },
    ]);
    expect(loop).toMatchObject({ preset: 'bentConnector3', ext: { cx: MIN_EXTENT, cy: 60 * pt } });
    // 20 pt out of a 0.1 pt box: 200 box widths.
    expect(loop!.adj[0]).toBe(200 * 100000);
  });

  it('refuses diagonals and paths with more than four bends', () => {
    expect(
      fitConnector([
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toBeNull();
    const zigzag = [0, 1, 2, 3, 4, 5, 6].map((i) => ({
      x: Math.ceil(i / 2) * 10,
      y: Math.floor(i / 2) * 10,
    }));
    expect(simplifyPath(zigzag)).toHaveLength(7);
    expect(fitConnector(zigzag)).toBeNull();
  });

  it('draws exactly the routed path, whatever its directions (generated paths)', () => {
    fc.assert(
      fc.property(orthogonalPath, (points) => {
        const path = simplifyPath(points);
        const shape = fitConnector(points);
        if (path.length - 1 > 5) {
          expect(shape).toBeNull();
          return;
        }
        expect(shape).not.toBeNull();
        // Guides across a zero-width box need MIN_EXTENT of width: the ends may move by that much.
        expect(closeTo(connectorPath(shape!), path, MIN_EXTENT + 2)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a rotated connector the bounds its ends span on the sheet', () => {
    fc.assert(
      fc.property(orthogonalPath, (points) => {
        const shape = fitConnector(points);
        if (!shape) return;
        const path = simplifyPath(points);
        const [a, b] = [path[0]!, path[path.length - 1]!];
        expect(shape.bounds).toEqual({
          x: Math.min(a.x, b.x),
          y: Math.min(a.y, b.y),
          width: Math.abs(a.x - b.x),
          height: Math.abs(a.y - b.y),
        });
      }),
    );
  });
});
