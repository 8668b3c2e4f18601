/*
 * The steps table's own keys, decided apart from the DOM so the rules can be tested. Tab and
 * Shift+Tab are left to the browser: cells are in reading order, so its focus order already
 * walks the sheet like a spreadsheet.
 */

/** What a key press in a cell asks the table to do. */
export type GridAction =
  | { kind: 'down' }
  | { kind: 'up' }
  | { kind: 'appendRow' }
  | { kind: 'insertRow'; where: 'above' | 'below' }
  | { kind: 'deleteRow' }
  | { kind: 'moveRow'; by: -1 | 1 }
  | { kind: 'undo' }
  | { kind: 'redo' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** An IME is composing: Enter confirms the composition, not a move. */
  isComposing: boolean;
}

export interface CellContext {
  /** The cell edits several lines (Shift+Enter inserts a line break there). */
  multiline: boolean;
  /** The cell is a select, whose Alt+↓ opens its list. */
  select: boolean;
  lastRow: boolean;
  firstRow: boolean;
}

/** The table action for a key press in a cell, or null to let the cell handle it. */
export function gridAction(press: KeyPress, cell: CellContext): GridAction | null {
  if (press.isComposing) return null;
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey) {
    // A cell's typing is already one document step, so Ctrl+Z in a cell undoes the document
    // (the field's own undo would fight the table's draft and the history).
    const key = press.key.toLowerCase();
    if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' && !press.shiftKey) return { kind: 'redo' };
  }
  // Ctrl+Enter inserts a row below this one, Ctrl+Shift+Enter above (as in sheet editors).
  if (press.key === 'Enter' && command && !press.altKey) {
    return { kind: 'insertRow', where: press.shiftKey ? 'above' : 'below' };
  }
  if (press.key === 'Delete' && command && !press.altKey && !press.shiftKey) {
    return { kind: 'deleteRow' };
  }
  if (press.altKey && !command && !press.shiftKey && !cell.select) {
    if (press.key === 'ArrowUp') return cell.firstRow ? null : { kind: 'moveRow', by: -1 };
    if (press.key === 'ArrowDown') return cell.lastRow ? null : { kind: 'moveRow', by: 1 };
    return null;
  }
  if (press.key !== 'Enter' || command || press.altKey) return null;
  if (press.shiftKey) {
    // A line break where one can be typed; elsewhere Shift+Enter goes up, as in spreadsheets.
    return cell.multiline ? null : cell.firstRow ? null : { kind: 'up' };
  }
  return cell.lastRow ? { kind: 'appendRow' } : { kind: 'down' };
}
