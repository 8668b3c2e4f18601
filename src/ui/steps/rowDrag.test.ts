import { describe, expect, it } from 'vitest';
import { dropIndex } from './rowDrag';

describe('dropIndex', () => {
  it('moves a row down before or after the row it is dropped on', () => {
    // Rows 0..4; row 1 dropped on row 3.
    expect(dropIndex(1, 3, false)).toBe(2);
    expect(dropIndex(1, 3, true)).toBe(3);
  });

  it('moves a row up before or after the row it is dropped on', () => {
    expect(dropIndex(3, 1, false)).toBe(1);
    expect(dropIndex(3, 1, true)).toBe(2);
    expect(dropIndex(4, 0, false)).toBe(0);
  });

  it('leaves a row dropped on itself or just next to where it is', () => {
    expect(dropIndex(2, 2, false)).toBeNull();
    expect(dropIndex(2, 2, true)).toBeNull();
    expect(dropIndex(2, 1, true)).toBeNull();
    expect(dropIndex(2, 3, false)).toBeNull();
  });
});
