import { useCallback, useEffect, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import type { EditorStore } from '../../store/editorTypes';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { LIMITS } from '../../model/limits';
import { LimitNote, useFormatCount } from '../common/textLimit';
import { ActorBar } from './ActorBar';
import { DeletedRowToast } from './DeletedRowToast';
import { PastePreview } from './PastePreview';
import { RowMenu, type RowMenuPlace } from './RowMenu';
import { ROW_DRAG_TYPE, dropIndex } from './rowDrag';
import { StepRow } from './StepRow';
import { StepsHeader } from './StepsHeader';
import { useCellFocus } from './useCellFocus';
import { useGridHandlers } from './useGridHandlers';
import { useRowExits } from './useRowExits';
import { useStepsEditing } from './useStepsEditing';
import './steps.css';

const NO_EXITS: never[] = [];

/** The row the selection points at: a selected step, or the step of a selected symbol. */
function selectedStepId(state: EditorStore): string | null {
  const item = state.selection[0];
  if (!item) return null;
  if (item.kind === 'step') return item.id;
  if (item.kind !== 'symbol') return null;
  return state.doc.steps.find((s) => s.symbols.some((x) => x.id === item.id))?.id ?? null;
}

/** The steps view: the procedure as a spreadsheet, typed row by row or pasted from Excel/Word. */
export function StepsView() {
  const t = useT();
  const steps = useEditor((s) => s.doc.steps);
  const actors = useEditor((s) => s.doc.actors);
  const labels = useEditor((s) => s.doc.sheet.labels);
  const selected = useEditor(selectedStepId);
  const exits = useRowExits();
  const edit = useStepsEditing();
  const root = useRef<HTMLDivElement>(null);
  const focusLater = useCellFocus(root);
  const grid = useGridHandlers(edit, focusLater);
  const count = useFormatCount();
  const note = grid.limitNote?.steps === steps ? grid.limitNote : null;
  const [menu, setMenu] = useState<RowMenuPlace | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  // Reads the rows when asked, so that the callback handed to every row stays the same
  // across edits (a new one would re-render all of them on each keystroke).
  const store = useEditorStore();
  const menuAt = useCallback(
    (stepId: string, x: number, y: number) => {
      const rows = store.getState().doc.steps;
      const number = rows.findIndex((s) => s.id === stepId) + 1;
      if (number > 0) setMenu({ stepId, number, count: rows.length, x, y });
    },
    [store],
  );
  const onRowMenu = useCallback(
    (stepId: string, anchor: DOMRect) => menuAt(stepId, anchor.left, anchor.bottom),
    [menuAt],
  );
  // Rows move by dragging their number onto another row (upper half: before it, lower: after).
  const [dropMark, setDropMark] = useState<{ stepId: string; after: boolean } | null>(null);
  const dragged = useRef<string | null>(null);
  const rowUnder = (event: DragEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-step-id]');
    if (!row?.dataset.stepId) return null;
    const box = row.getBoundingClientRect();
    return { stepId: row.dataset.stepId, after: event.clientY > box.top + box.height / 2 };
  };
  const onDragStart = useCallback((event: DragEvent<HTMLElement>) => {
    const handle = (event.target as HTMLElement).closest('.steps-number');
    const row = handle?.closest<HTMLElement>('tr[data-step-id]');
    if (!row?.dataset.stepId) return;
    dragged.current = row.dataset.stepId;
    event.dataTransfer.setData(ROW_DRAG_TYPE, row.dataset.stepId);
    event.dataTransfer.effectAllowed = 'move';
  }, []);
  const onDragOver = useCallback((event: DragEvent<HTMLElement>) => {
    if (!event.dataTransfer.types.includes(ROW_DRAG_TYPE)) return;
    const under = rowUnder(event);
    if (!under) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropMark((m) => (m?.stepId === under.stepId && m.after === under.after ? m : under));
  }, []);
  const onDrop = useCallback(
    (event: DragEvent<HTMLElement>) => {
      const id = event.dataTransfer.getData(ROW_DRAG_TYPE) || dragged.current;
      const under = rowUnder(event);
      setDropMark(null);
      dragged.current = null;
      if (!id || !under) return;
      event.preventDefault();
      const from = steps.findIndex((s) => s.id === id);
      const over = steps.findIndex((s) => s.id === under.stepId);
      if (from < 0 || over < 0) return;
      const to = dropIndex(from, over, under.after);
      if (to !== null) grid.moveRowTo(id, to);
    },
    [steps, grid],
  );
  const onDragEnd = useCallback(() => {
    setDropMark(null);
    dragged.current = null;
  }, []);

  // A right-click on a row opens its menu where the pointer is (not inside a text cell,
  // whose own menu has copy and paste).
  const onContextMenu = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('textarea, input')) return;
      const row = target.closest<HTMLElement>('tr[data-step-id]');
      if (!row?.dataset.stepId) return;
      event.preventDefault();
      menuAt(row.dataset.stepId, event.clientX, event.clientY);
    },
    [menuAt],
  );

  // A row selected elsewhere (diagram, problems list) is brought into view.
  useEffect(() => {
    if (selected === null || !root.current) return;
    const row = root.current.querySelector(`tr[data-step-id="${CSS.escape(selected)}"]`);
    if (row && !row.contains(document.activeElement)) row.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section className="steps-view" aria-label={t('steps.heading')}>
      <ActorBar actors={actors} edit={edit} />
      {note && (
        <div className="steps-limit" data-testid="steps-limit">
          <LimitNote>
            {note.kind === 'rows'
              ? t('steps.limit.rows', { max: count(LIMITS.steps), count: count(note.notAdded) })
              : t('steps.limit.step', { max: count(LIMITS.steps) })}
          </LimitNote>
        </div>
      )}
      <DeletedRowToast note={grid.deletedNote} />
      {menu && (
        <RowMenu
          place={menu}
          onInsert={grid.insertRow}
          onMove={grid.moveRow}
          onDelete={grid.deleteRow}
          onClose={closeMenu}
        />
      )}
      {grid.pastePreview && (
        <PastePreview
          key={grid.pastePreview.text}
          preview={grid.pastePreview}
          labels={labels}
          onApply={grid.applyPreview}
          onCancel={grid.cancelPreview}
        />
      )}
      <div className="steps-sheet" ref={root} onPaste={grid.onPaste}>
        <table
          className="steps-table"
          role="table"
          data-testid="steps-table"
          aria-label={t('steps.table.label')}
          onKeyDown={grid.onKeyDown}
          onFocus={grid.onFocus}
          onContextMenu={onContextMenu}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onDragEnd={onDragEnd}
        >
          <StepsHeader labels={labels} />
          <tbody role="rowgroup">
            {steps.map((step, index) => (
              <StepRow
                key={step.id}
                step={step}
                number={index + 1}
                actors={actors}
                labels={labels}
                exits={exits.get(step.id) ?? NO_EXITS}
                selected={step.id === selected}
                edit={edit}
                onDelete={grid.deleteRow}
                onMenu={onRowMenu}
                dropMark={
                  dropMark?.stepId === step.id ? (dropMark.after ? 'after' : 'before') : undefined
                }
              />
            ))}
          </tbody>
        </table>
        {steps.length === 0 && <p className="steps-empty">{t('steps.empty')}</p>}
        <div className="steps-footer">
          <button
            type="button"
            className="steps-button steps-add"
            data-testid="steps-add"
            title={t('steps.add.hint')}
            onClick={grid.addRow}
          >
            {t('steps.add')}
          </button>
          <p className="steps-help">{t('steps.help')}</p>
        </div>
      </div>
    </section>
  );
}
