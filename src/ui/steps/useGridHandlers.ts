import {
  useCallback,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { bridgedByDeletingSteps, deleteSteps, moveStep, stepRoom } from '../../model/commands';
import type { SopDocument, Step } from '../../model/types';
import { useEditorStore } from '../../store/useEditor';
import { gridAction } from './gridKeys';
import { insertRowAt, pastePlan, pasteRows } from './stepsEditing';
import type { ColumnRole } from '../../model/commands';
import type { CellAddress } from './useCellFocus';
import type { StepsEditing } from './useStepsEditing';

/** The row element and step id around an event target inside the table, if any. */
function rowOf(target: EventTarget): { row: HTMLElement; stepId: string } | null {
  if (!(target instanceof HTMLElement)) return null;
  const row = target.closest<HTMLElement>('tr[data-step-id]');
  const stepId = row?.dataset.stepId;
  return row && stepId ? { row, stepId } : null;
}

/** Which of a cell's controls has focus (a decision's Tidak is the second "Lanjut ke"). */
function subIndex(row: HTMLElement, control: HTMLElement, col: string): number {
  const all = Array.from(row.querySelectorAll(`[data-col="${CSS.escape(col)}"]`));
  return Math.max(0, all.indexOf(control));
}

/**
 * What the table says when the step limit stopped an add or part of a paste. `steps` is the
 * document's rows right after: the note stands until they change (an edit, a deletion).
 */
export type StepLimitNote =
  | { kind: 'step'; steps: readonly Step[] }
  | { kind: 'rows'; notAdded: number; steps: readonly Step[] }
  | null;

/**
 * What the table says after a row was deleted: its number and the arrows carried past it
 * (by step number), until the rows change again. Undo takes it back.
 */
export interface DeletedRowNote {
  number: number;
  bridges: { from: number; to: number }[];
  steps: readonly Step[];
}

/** Rows pasted without a header, waiting for the user to confirm what each column holds. */
export interface PastePreview {
  text: string;
  stepId: string | null;
  rows: string[][];
  roles: ColumnRole[];
}

export interface GridHandlers {
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onPaste(event: ClipboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
  addRow(): void;
  insertRow(stepId: string, where: 'above' | 'below'): void;
  moveRow(stepId: string, by: -1 | 1): void;
  moveRowTo(stepId: string, to: number): void;
  deleteRow(stepId: string): void;
  /** Set by the last add or paste that the step limit stopped. */
  limitNote: StepLimitNote;
  /** Set by the last row deletion. */
  deletedNote: DeletedRowNote | null;
  pastePreview: PastePreview | null;
  /** Inserts the previewed rows with the columns as the user set them. */
  applyPreview(roles: readonly ColumnRole[]): void;
  cancelPreview(): void;
}

/**
 * The table's keyboard, paste and focus handling, delegated from the table element so three
 * hundred rows share one set of listeners.
 */
export function useGridHandlers(
  edit: StepsEditing,
  focusLater: (a: CellAddress, afterRender?: boolean) => void,
): GridHandlers {
  const store = useEditorStore();
  const [limitNote, setLimitNote] = useState<StepLimitNote>(null);
  const [deletedNote, setDeletedNote] = useState<DeletedRowNote | null>(null);
  const [pastePreview, setPastePreview] = useState<PastePreview | null>(null);

  // A new row is for typing its activity: the caret goes to its Kegiatan. At the end ("+
  // Langkah", Enter on the last row) or above/below a row (Ctrl+Enter, the row menu),
  // chained in where it goes.
  const addRowAt = useCallback(
    (index: number) => {
      const doc = store.getState().doc;
      const added = insertRowAt(doc, index);
      // The only reason a row is refused is a full SOP: say so rather than do nothing.
      setLimitNote(!added && stepRoom(doc) === 0 ? { kind: 'step', steps: doc.steps } : null);
      if (!added) return;
      store.getState().apply(() => added.doc);
      focusLater({ stepId: added.stepId, col: 'activity' });
    },
    [store, focusLater],
  );
  const addRow = useCallback(() => addRowAt(store.getState().doc.steps.length), [store, addRowAt]);
  const insertRow = useCallback(
    (stepId: string, where: 'above' | 'below') => {
      const index = store.getState().doc.steps.findIndex((s) => s.id === stepId);
      if (index >= 0) addRowAt(where === 'above' ? index : index + 1);
    },
    [store, addRowAt],
  );

  const moveRowTo = useCallback(
    (stepId: string, to: number) => {
      store.getState().apply((doc) => moveStep(doc, stepId, to));
      focusLater({ stepId, col: 'activity' }, true);
    },
    [store, focusLater],
  );

  const moveRow = useCallback(
    (stepId: string, by: -1 | 1) => {
      const index = store.getState().doc.steps.findIndex((s) => s.id === stepId);
      if (index < 0) return;
      store.getState().apply((doc) => moveStep(doc, stepId, index + by));
      focusLater({ stepId, col: 'activity' }, true);
    },
    [store, focusLater],
  );

  const deleteRow = useCallback(
    (stepId: string, col = 'activity', sub = 0) => {
      const steps = store.getState().doc.steps;
      const index = steps.findIndex((s) => s.id === stepId);
      if (index < 0) return;
      // Focus stays in the table: the row that takes this one's place, or the one above.
      const neighbour = steps[index + 1] ?? steps[index - 1];
      const before = store.getState().doc;
      // Numbered as the table shows them once the row is gone.
      const shown = (symbolId: string): number => {
        const n = stepNumberOf(before, symbolId);
        return n > index + 1 ? n - 1 : n;
      };
      const bridges = bridgedByDeletingSteps(before, [stepId]).map((flow) => ({
        from: shown(flow.from),
        to: shown(flow.to),
      }));
      store.getState().apply((doc) => deleteSteps(doc, [stepId]));
      setDeletedNote({ number: index + 1, bridges, steps: store.getState().doc.steps });
      if (neighbour) focusLater({ stepId: neighbour.id, col, sub });
    },
    [store, focusLater],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const control = event.target as HTMLElement;
      const col = control.dataset.col;
      const place = rowOf(control);
      if (!col || !place) return;
      const steps = store.getState().doc.steps;
      const index = steps.findIndex((s) => s.id === place.stepId);
      const action = gridAction(
        {
          key: event.key,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          isComposing: event.nativeEvent.isComposing,
        },
        {
          multiline: control instanceof HTMLTextAreaElement,
          select: control instanceof HTMLSelectElement,
          firstRow: index === 0,
          lastRow: index === steps.length - 1,
        },
      );
      if (!action) return;
      event.preventDefault();
      const sub = subIndex(place.row, control, col);
      switch (action.kind) {
        case 'down':
        case 'up': {
          const next = steps[index + (action.kind === 'down' ? 1 : -1)];
          if (next) focusLater({ stepId: next.id, col, sub });
          return;
        }
        case 'appendRow':
          addRow();
          return;
        case 'insertRow':
          insertRow(place.stepId, action.where);
          return;
        case 'deleteRow':
          deleteRow(place.stepId, col, sub);
          return;
        case 'undo':
          store.getState().undo();
          return;
        case 'redo':
          store.getState().redo();
          return;
        case 'moveRow':
          store.getState().apply((doc) => moveStep(doc, place.stepId, index + action.by));
          focusLater({ stepId: place.stepId, col, sub }, true);
          return;
      }
    },
    [store, focusLater, addRow, insertRow, deleteRow],
  );

  const insertPasted = useCallback(
    (text: string, stepId: string | null, roles?: readonly ColumnRole[]) => {
      const pasted = pasteRows(store.getState().doc, text, stepId, roles);
      if (!pasted) return;
      const { notAdded } = pasted;
      setLimitNote(notAdded > 0 ? { kind: 'rows', notAdded, steps: pasted.doc.steps } : null);
      store.getState().apply(() => pasted.doc);
      const last = pasted.stepIds.at(-1);
      if (last) focusLater({ stepId: last, col: 'activity' });
    },
    [store, focusLater],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      const text = event.clipboardData.getData('text/plain');
      const stepId = rowOf(event.target)?.stepId ?? null;
      const plan = pastePlan(store.getState().doc, text);
      if (!plan) return; // one plain value: the cell's own paste
      event.preventDefault();
      // A header says where each field is; without one the user sees first where columns land.
      if (plan.fromHeader) insertPasted(text, stepId);
      else {
        setPastePreview({ text, stepId, rows: plan.cells, roles: plan.roles });
      }
    },
    [store, insertPasted],
  );

  const applyPreview = useCallback(
    (roles: readonly ColumnRole[]) => {
      if (!pastePreview) return;
      setPastePreview(null);
      insertPasted(pastePreview.text, pastePreview.stepId, roles);
    },
    [pastePreview, insertPasted],
  );
  const cancelPreview = useCallback(() => setPastePreview(null), []);

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const place = rowOf(event.target);
      if (place) edit.select(place.stepId);
    },
    [edit],
  );

  const deleteRowByButton = useCallback((stepId: string) => deleteRow(stepId), [deleteRow]);

  return {
    onKeyDown,
    onPaste,
    onFocus,
    addRow,
    insertRow,
    moveRow,
    moveRowTo,
    deleteRow: deleteRowByButton,
    limitNote,
    deletedNote,
    pastePreview,
    applyPreview,
    cancelPreview,
  };
}

/** The 1-based number of the step holding a symbol. */
function stepNumberOf(doc: SopDocument, symbolId: string): number {
  return doc.steps.findIndex((s) => s.symbols.some((x) => x.id === symbolId)) + 1;
}
