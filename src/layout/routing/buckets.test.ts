import { describe, expect, it } from 'vitest';
import { RectBuckets } from './buckets';

const filed = () => {
  const b = new RectBuckets();
  b.add(3, { x: 0, y: 0, width: 10, height: 10 });
  b.add(1, { x: 500, y: 500, width: 10, height: 10 });
  b.add(2, { x: 1000, y: 20, width: 300, height: 10 });
  return b;
};

describe('RectBuckets.near', () => {
  it('finds the rects in the squares around a point, each once and in order', () => {
    expect(filed().near({ x: 5, y: 5 }, 20)).toEqual([3]);
    expect(filed().near({ x: 1100, y: 25 }, 10)).toEqual([2]);
    expect(filed().near({ x: 250, y: 250 }, 400)).toEqual([1, 3]);
  });

  it('answers a radius far wider than the page (an absurdly long label) with everything near it', () => {
    expect(filed().near({ x: 500, y: 500 }, 1e6)).toEqual([1, 2, 3]);
    // Wide but one-sided: what lies beyond the radius on the other side stays out.
    expect(filed().near({ x: -1e5, y: 5 }, 1e5 + 20)).toEqual([3]);
  });
});
