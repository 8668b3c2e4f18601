import { describe, expect, it } from 'vitest';
import { gridAction, type CellContext, type KeyPress } from './gridKeys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});
const middle: CellContext = { multiline: true, select: false, lastRow: false, firstRow: false };
const last: CellContext = { multiline: true, select: false, lastRow: true, firstRow: false };
const first: CellContext = { multiline: false, select: false, lastRow: false, firstRow: true };

describe('gridAction', () => {
  it('moves down on Enter, and appends a row on the last row', () => {
    expect(gridAction(press('Enter'), middle)).toEqual({ kind: 'down' });
    expect(gridAction(press('Enter'), last)).toEqual({ kind: 'appendRow' });
  });

  it('leaves Shift+Enter to a multi-line cell and moves up from a single-line one', () => {
    expect(gridAction(press('Enter', { shiftKey: true }), middle)).toBeNull();
    expect(gridAction(press('Enter', { shiftKey: true }), { ...middle, multiline: false })).toEqual(
      { kind: 'up' },
    );
    expect(gridAction(press('Enter', { shiftKey: true }), first)).toBeNull();
  });

  it('inserts a row below on Ctrl+Enter and above on Ctrl+Shift+Enter, in any row', () => {
    for (const cell of [first, middle, last]) {
      expect(gridAction(press('Enter', { ctrlKey: true }), cell)).toEqual({
        kind: 'insertRow',
        where: 'below',
      });
      expect(gridAction(press('Enter', { metaKey: true, shiftKey: true }), cell)).toEqual({
        kind: 'insertRow',
        where: 'above',
      });
    }
    expect(gridAction(press('Enter', { ctrlKey: true, altKey: true }), middle)).toBeNull();
  });

  it('deletes the row on Ctrl+Delete or Cmd+Delete only', () => {
    expect(gridAction(press('Delete', { ctrlKey: true }), middle)).toEqual({ kind: 'deleteRow' });
    expect(gridAction(press('Delete', { metaKey: true }), middle)).toEqual({ kind: 'deleteRow' });
    expect(gridAction(press('Delete'), middle)).toBeNull();
    expect(gridAction(press('Delete', { ctrlKey: true, shiftKey: true }), middle)).toBeNull();
  });

  it('moves rows with Alt+arrows, but not past either end', () => {
    expect(gridAction(press('ArrowUp', { altKey: true }), middle)).toEqual({
      kind: 'moveRow',
      by: -1,
    });
    expect(gridAction(press('ArrowDown', { altKey: true }), middle)).toEqual({
      kind: 'moveRow',
      by: 1,
    });
    expect(gridAction(press('ArrowUp', { altKey: true }), first)).toBeNull();
    expect(gridAction(press('ArrowDown', { altKey: true }), last)).toBeNull();
  });

  it('leaves Alt+arrows to a select, which opens its list with them', () => {
    const select = { ...middle, multiline: false, select: true };
    expect(gridAction(press('ArrowDown', { altKey: true }), select)).toBeNull();
    expect(gridAction(press('Enter'), select)).toEqual({ kind: 'down' });
  });

  it('ignores keys during IME composition and ordinary typing', () => {
    expect(gridAction(press('Enter', { isComposing: true }), last)).toBeNull();
    expect(gridAction(press('a'), middle)).toBeNull();
    expect(gridAction(press('Tab'), last)).toBeNull();
    expect(gridAction(press('Enter', { altKey: true }), middle)).toBeNull();
  });

  it('undoes and redoes the document from inside a cell', () => {
    expect(gridAction(press('z', { ctrlKey: true }), middle)).toEqual({ kind: 'undo' });
    expect(gridAction(press('Z', { metaKey: true, shiftKey: true }), middle)).toEqual({
      kind: 'redo',
    });
    expect(gridAction(press('y', { ctrlKey: true }), middle)).toEqual({ kind: 'redo' });
    expect(gridAction(press('z', { ctrlKey: true, altKey: true }), middle)).toBeNull();
    expect(gridAction(press('z'), middle)).toBeNull();
  });
});
