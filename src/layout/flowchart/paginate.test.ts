import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignStrip, paginate, type RowEdge } from './paginate';
import { connectorLabel } from './layoutFlowchartPages';

const edge = (
  flowId: string,
  fromRow: number,
  toRow: number,
  fromActor = 'a',
  toActor = 'a',
): RowEdge => ({
  flowId,
  fromRow,
  toRow,
  fromActor,
  toActor,
});

describe('paginate', () => {
  const base = {
    headerHeight: () => 20,
    stripHeight: (levels: number) => (levels > 0 ? 10 : 0),
    edges: [],
  };

  it('keeps whole rows together and starts a page when the next row does not fit', () => {
    const pages = paginate({
      ...base,
      heights: [40, 40, 40],
      breakBefore: [false, false, false],
      capacity: 110,
    });
    expect(pages.map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('breaks before a step that asks for it', () => {
    const pages = paginate({
      ...base,
      heights: [10, 10, 10],
      breakBefore: [false, true, false],
      capacity: 1000,
    });
    expect(pages.map((p) => [p.start, p.end])).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });

  it('reserves room for the connector strips of the flows that cross the break', () => {
    const heights = [40, 40, 40];
    const breakBefore = [false, false, false];
    const without = paginate({ ...base, heights, breakBefore, capacity: 120 });
    expect(without[0]!.end).toBe(2); // 20 + 40 + 40 = 100
    const edges = [edge('f', 0, 2)];
    const pages = paginate({ ...base, heights, breakBefore, capacity: 109, edges });
    // 20 + 40 + 40 + a 10 pt strip would pass 109: the second row moves on.
    expect(pages[0]!.end).toBe(1);
    expect(pages[0]!.outgoing.map((e) => e.flowId)).toEqual(['f']);
    const target = pages.find((p) => p.start <= 2 && p.end > 2)!;
    expect(target.incoming.map((e) => e.flowId)).toEqual(['f']);
  });

  it('places every row exactly once, in order, whatever the heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 200, noNaN: true }), { maxLength: 80 }),
        fc.array(fc.boolean()),
        (heights, breaks) => {
          const pages = paginate({
            ...base,
            heights,
            breakBefore: heights.map((_, i) => breaks[i] ?? false),
            capacity: 300,
          });
          const rows = pages.flatMap((p) =>
            Array.from({ length: p.end - p.start }, (_, k) => p.start + k),
          );
          expect(rows).toEqual(heights.map((_, i) => i));
          for (const p of pages) {
            const used = 20 + heights.slice(p.start, p.end).reduce((a, b) => a + b, 0);
            if (p.end - p.start > 1) expect(used).toBeLessThanOrEqual(300);
          }
        },
      ),
    );
  });
});

describe('assignStrip', () => {
  it("puts a connector in the target's column, else the source's if free, else stacks it", () => {
    const { slots, levels } = assignStrip([
      edge('f1', 0, 9, 'a1', 'a2'),
      edge('f2', 1, 9, 'a3', 'a2'),
      edge('f3', 2, 9, 'a3', 'a2'),
    ]);
    expect(slots.get('f1')).toEqual({ actorId: 'a2', level: 0 });
    expect(slots.get('f2')).toEqual({ actorId: 'a3', level: 0 });
    expect(slots.get('f3')).toEqual({ actorId: 'a2', level: 1 });
    expect(levels).toBe(2);
  });

  it('serves flows within one column first: they have no other choice', () => {
    const { slots } = assignStrip([edge('cross', 0, 9, 'a2', 'a1'), edge('own', 1, 9, 'a1', 'a1')]);
    expect(slots.get('own')).toEqual({ actorId: 'a1', level: 0 });
    expect(slots.get('cross')).toEqual({ actorId: 'a2', level: 0 });
  });
});

describe('connectorLabel', () => {
  it('letters A…Z then AA, AB…, or numbers', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map((i) => connectorLabel(i, true))).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect([0, 9].map((i) => connectorLabel(i, false))).toEqual(['1', '10']);
  });
});
