import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { insertItem, moveItem, removeItem, replaceItem } from './listEdit';

const list = fc.array(fc.string(), { maxLength: 8 });

describe('identity list edits', () => {
  it('moves an item up and down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('does not move past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('keeps the same items in any move (a permutation)', () => {
    fc.assert(
      fc.property(list, fc.nat(10), fc.integer({ min: -2, max: 2 }), (items, i, d) => {
        const moved = moveItem(items, i, d);
        expect([...moved].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('undoes a move with the opposite move', () => {
    fc.assert(
      fc.property(list, fc.nat(10), fc.constantFrom(-1, 1), (items, i, d) => {
        fc.pre(i < items.length && i + d >= 0 && i + d < items.length);
        expect(moveItem(moveItem(items, i, d), i + d, -d)).toEqual(items);
      }),
    );
  });

  it('inserts at the end by default and clamps the index', () => {
    expect(insertItem(['a'])).toEqual(['a', '']);
    expect(insertItem(['a'], 'x', 0)).toEqual(['x', 'a']);
    expect(insertItem(['a'], 'x', 99)).toEqual(['a', 'x']);
  });

  it('removes and replaces only in range', () => {
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeItem(['a'], 3)).toEqual(['a']);
    expect(replaceItem(['a', 'b'], 1, 'z')).toEqual(['a', 'z']);
    expect(replaceItem(['a'], -1, 'z')).toEqual(['a']);
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(list, fc.nat(10), (items, i) => {
        const copy = [...items];
        moveItem(items, i, 1);
        removeItem(items, i);
        insertItem(items, 'x', i);
        replaceItem(items, i, 'y');
        expect(items).toEqual(copy);
      }),
    );
  });
});
