import { describe, expect, it } from 'vitest';
import { paperSize } from './paper';

const mm = (pt: number): number => (pt * 25.4) / 72;

describe('paperSize', () => {
  it.each([
    ['A4', 297, 210],
    ['F4', 330, 215],
    ['Letter', 279.4, 215.9],
    ['Legal', 355.6, 215.9],
  ] as const)('%s landscape is %d × %d mm', (paper, long, short) => {
    const size = paperSize(paper, 'landscape');
    expect(mm(size.width)).toBeCloseTo(long, 1);
    expect(mm(size.height)).toBeCloseTo(short, 1);
  });

  it('swaps the sides for portrait', () => {
    const land = paperSize('F4', 'landscape');
    const port = paperSize('F4', 'portrait');
    expect(port.width).toBeCloseTo(land.height, 6);
    expect(port.height).toBeCloseTo(land.width, 6);
  });

  it('keeps a margin of 10–15 mm', () => {
    const margin = mm(paperSize('A4', 'landscape').margin);
    expect(margin).toBeGreaterThanOrEqual(10);
    expect(margin).toBeLessThanOrEqual(15);
  });
});
