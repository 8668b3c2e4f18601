import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARROW } from '../pdf/shapes';
import { arrowheadPoints, pointsAttr, shortenEnd, textAnchor } from './svgGeometry';

const coord = fc.double({ min: -500, max: 500, noNaN: true });
const point = fc.record({ x: coord, y: coord });

describe('svg geometry', () => {
  it('writes points rounded to hundredths', () => {
    expect(
      pointsAttr([
        { x: 1, y: 2.345 },
        { x: 10.001, y: 0 },
      ]),
    ).toBe('1,2.35 10,0');
  });

  it('maps every alignment to a text anchor', () => {
    expect(['left', 'center', 'right'].map((a) => textAnchor(a as 'left'))).toEqual([
      'start',
      'middle',
      'end',
    ]);
  });

  it('puts the arrowhead tip on the last point, its base across the last segment', () => {
    expect(
      arrowheadPoints([
        { x: 0, y: 0 },
        { x: 0, y: 100 },
      ]),
    ).toEqual([
      { x: 0, y: 100 },
      { x: -ARROW.halfWidth, y: 100 - ARROW.length },
      { x: ARROW.halfWidth, y: 100 - ARROW.length },
    ]);
    fc.assert(
      fc.property(point, point, (from, tip) => {
        fc.pre(Math.hypot(tip.x - from.x, tip.y - from.y) > 1e-3);
        const head = arrowheadPoints([from, tip])!;
        expect(head[0]).toEqual(tip);
        for (const corner of head.slice(1)) {
          const d = Math.hypot(corner!.x - tip.x, corner!.y - tip.y);
          expect(d).toBeCloseTo(Math.hypot(ARROW.length, ARROW.halfWidth), 6);
        }
      }),
    );
    expect(
      arrowheadPoints([
        { x: 3, y: 3 },
        { x: 3, y: 3 },
      ]),
    ).toBeNull();
    expect(arrowheadPoints([{ x: 3, y: 3 }])).toBeNull();
  });

  it('shortens only the last segment, by the amount asked, never past its start', () => {
    expect(
      shortenEnd(
        [
          { x: 0, y: 0 },
          { x: 0, y: 50 },
          { x: 20, y: 50 },
        ],
        5,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 15, y: 50 },
    ]);
    expect(
      shortenEnd(
        [
          { x: 0, y: 0 },
          { x: 0, y: 3 },
        ],
        5,
      ),
    ).toEqual([{ x: 0, y: 0 }]);
  });
});
