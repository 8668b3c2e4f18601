import { useEffect } from 'react';
import type { DiagramGeometry } from '../../layout/diagram';
import { moveStep } from '../../model/commands';
import type { Step, SymbolShape } from '../../model/types';
import type { SelectionItem } from '../../store/editorTypes';
import { useEditorStore } from '../../store/useEditor';
import { copiedFragment, copyFragment } from './diagramClipboard';
import { useDiagramUiStore } from './diagramUiStore';
import {
  addNextStep,
  connectToStep,
  neighbourSymbol,
  nudgeSymbol,
  type KeyResult,
} from './keyboardCommands';
import {
  copyOf,
  deleteSelection,
  duplicateSelection,
  pasteBelow,
  reshapeSelection,
} from './selectionCommands';

/** True when the key goes to a text field or a dialog, which handle their own keys. */
function ownedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[role="alertdialog"], [role="menu"]'))
    return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type)
  );
}

const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const SHAPE_KEYS: Record<string, SymbolShape> = { t: 'terminator', p: 'process', k: 'decision' };

/**
 * The diagram's keyboard: every mouse action has a key (see shortcuts.ts). Undo and redo are
 * the shell's; this listens while the diagram is shown and leaves text fields alone.
 */
export function useDiagramKeys(geometry: DiagramGeometry): void {
  const store = useEditorStore();
  const ui = useDiagramUiStore();

  useEffect(() => {
    // Keys acted on here move focus into the canvas, so the next Enter is the diagram's
    // (not a re-press of the tab or button that was clicked last).
    const focusCanvas = () =>
      document.querySelector<HTMLElement>('.diagram-canvas')?.focus({ preventScroll: true });
    const commit = (result: KeyResult | null) => {
      focusCanvas();
      if (!result) return;
      const { apply, setSelection } = store.getState();
      apply(() => result.doc);
      setSelection(result.select);
    };
    const select = (selection: SelectionItem[]) => {
      focusCanvas();
      store.getState().setSelection(selection);
    };

    const onConnectKey = (event: KeyboardEvent, digits: string) => {
      event.preventDefault();
      const { setConnectTo } = ui.getState();
      if (/^[0-9]$/.test(event.key)) setConnectTo(digits + event.key);
      else if (event.key === 'Backspace') setConnectTo(digits.slice(0, -1));
      else if (event.key === 'Enter') {
        setConnectTo(null);
        const { doc, selection } = store.getState();
        commit(connectToStep(doc, selection, Number(digits)));
      } else setConnectTo(null);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownedElsewhere(event.target)) return;
      // A focused button or link acts on its own Enter and Space.
      const control =
        event.target instanceof HTMLElement && event.target.closest('button, a[href]');
      if (control && (event.key === 'Enter' || event.key === ' ')) return;
      const digits = ui.getState().connectTo;
      if (digits !== null) return onConnectKey(event, digits);
      const { doc, selection, apply } = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      const direction = ARROWS[key];
      const handled = () => event.preventDefault();

      if (mod && !event.altKey) {
        const lower = key.toLowerCase();
        if (lower === 'c') {
          const fragment = copyOf(doc, selection);
          if (fragment) copyFragment(fragment);
          return handled();
        }
        if (lower === 'v') {
          const fragment = copiedFragment();
          if (fragment) commit(pasteBelow(doc, selection, fragment));
          return handled();
        }
        if (lower === 'd') {
          commit(duplicateSelection(doc, selection));
          return handled();
        }
        if (lower === 'a') {
          select(
            doc.steps.flatMap((s) => s.symbols.map((x) => ({ kind: 'symbol' as const, id: x.id }))),
          );
          return handled();
        }
        if (key === 'Enter') {
          commit(addNextStep(doc, selection));
          return handled();
        }
        return;
      }
      if (direction && event.altKey && event.shiftKey) {
        const step = selection.find((s) => s.kind === 'step');
        const index = doc.steps.findIndex((s) => s.id === step?.id);
        if (step && index >= 0)
          apply((d) => moveStep(d, step.id, index + (direction === 'up' ? -1 : 1)));
        return handled();
      }
      if (direction && event.altKey) {
        commit(nudgeSymbol(doc, selection, direction));
        return handled();
      }
      if (direction) {
        const next = neighbourSymbol(doc, selection, direction);
        if (next !== null) select([{ kind: 'symbol', id: next }]);
        return handled();
      }
      if (event.altKey) return;
      switch (key) {
        case 'Enter':
          commit(addNextStep(doc, selection));
          return handled();
        case 'Delete':
        case 'Backspace': {
          const actor = selection.find((s) => s.kind === 'actor');
          if (actor) ui.getState().setDeletingActor(actor.id);
          else {
            apply((d) => deleteSelection(d, selection));
            store.getState().setSelection([]);
          }
          return handled();
        }
        case 'F2':
          startEditing(selection, doc.steps);
          return handled();
        case '?':
          ui.getState().setHelpOpen(!ui.getState().helpOpen);
          return handled();
        case 'Escape':
          if (ui.getState().helpOpen) ui.getState().setHelpOpen(false);
          else store.getState().setSelection([]);
          return handled();
        case 'c':
        case 'C':
          if (selection.some((s) => s.kind === 'symbol' || s.kind === 'step'))
            ui.getState().setConnectTo('');
          return handled();
      }
      const shape = SHAPE_KEYS[key.toLowerCase()];
      if (shape && !event.shiftKey) {
        apply((d) => reshapeSelection(d, selection, shape));
        handled();
      }
    };

    const startEditing = (selection: SelectionItem[], steps: readonly Step[]) => {
      const item = selection.at(-1);
      if (!item) return;
      const { setEditing } = ui.getState();
      if (item.kind === 'flow') setEditing({ kind: 'label', flowId: item.id });
      else if (item.kind === 'actor') setEditing({ kind: 'actor', actorId: item.id });
      else if (item.kind === 'step') setEditing({ kind: 'activity', stepId: item.id });
      else if (item.kind === 'symbol') {
        const step = steps.find((s) => s.symbols.some((x) => x.id === item.id));
        if (step) setEditing({ kind: 'activity', stepId: step.id });
      }
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, ui, geometry]);
}
