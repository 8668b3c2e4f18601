import { describe, expect, it } from 'vitest';
import { revealDirections } from './revealDirections';

const view = { width: 700, height: 600, coveredTop: 120 };
const at = (left: number, top: number) => ({ left, top, width: 40, height: 20 });

describe('revealDirections', () => {
  it('leaves a node in view where it is, even one just under the header', () => {
    expect(revealDirections(at(300, 300), view)).toBeNull();
    expect(revealDirections(at(300, 125), view)).toBeNull();
    // Partly in view at an edge is enough.
    expect(revealDirections(at(680, 590), view)).toBeNull();
  });

  it('scrolls to a node hidden under the table header', () => {
    expect(revealDirections(at(300, 90), view)).toEqual({ rows: true, columns: false });
  });

  it('scrolls only the way the node is out of view', () => {
    expect(revealDirections(at(300, 900), view)).toEqual({ rows: true, columns: false });
    expect(revealDirections(at(900, 300), view)).toEqual({ rows: false, columns: true });
    expect(revealDirections(at(-100, -300), view)).toEqual({ rows: true, columns: true });
  });
});
