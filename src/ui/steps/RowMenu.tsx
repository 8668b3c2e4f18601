import { useEffect, useLayoutEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useDismiss } from '../common/useDismiss';

/** Where the row menu is open: for which row, at which point of the window. */
export interface RowMenuPlace {
  stepId: string;
  number: number;
  count: number;
  x: number;
  y: number;
}

interface Props {
  place: RowMenuPlace;
  onInsert(stepId: string, where: 'above' | 'below'): void;
  onMove(stepId: string, by: -1 | 1): void;
  onDelete(stepId: string): void;
  onClose(): void;
}

/**
 * A row's actions (right-click on the row, or its ⋯ button): insert a step above or below,
 * move it, delete it. Each item names its shortcut; Escape or a click elsewhere closes it.
 */
export function RowMenu({ place, onInsert, onMove, onDelete, onClose }: Props) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, onClose);
  useEffect(() => {
    root.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  // Kept inside the window: a menu opened near its bottom or right edge opens up or left.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    if (box.bottom > window.innerHeight) el.style.top = `${Math.max(0, place.y - box.height)}px`;
    if (box.right > window.innerWidth) el.style.left = `${Math.max(0, place.x - box.width)}px`;
  }, [place]);
  const { stepId, number, count } = place;
  const item = (testId: string, label: string, keys: string, run: () => void, disabled = false) => (
    <button
      type="button"
      role="menuitem"
      className="row-menu-item"
      data-testid={testId}
      disabled={disabled}
      onClick={() => {
        onClose();
        run();
      }}
    >
      <span>{label}</span>
      <kbd>{keys}</kbd>
    </button>
  );
  return (
    <div
      ref={root}
      className="row-menu"
      role="menu"
      data-testid="row-menu"
      aria-label={t('steps.menu.label', { number })}
      style={{ left: place.x, top: place.y }}
    >
      {item('row-insert-above', t('steps.menu.insertAbove'), 'Ctrl+Shift+Enter', () =>
        onInsert(stepId, 'above'),
      )}
      {item('row-insert-below', t('steps.menu.insertBelow'), 'Ctrl+Enter', () =>
        onInsert(stepId, 'below'),
      )}
      {item('row-move-up', t('steps.menu.moveUp'), 'Alt+↑', () => onMove(stepId, -1), number === 1)}
      {item(
        'row-move-down',
        t('steps.menu.moveDown'),
        'Alt+↓',
        () => onMove(stepId, 1),
        number === count,
      )}
      {item('row-delete', t('steps.delete', { number }), 'Ctrl+Delete', () => onDelete(stepId))}
    </div>
  );
}
