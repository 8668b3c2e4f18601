import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from '../common/useDismiss';

interface MenuProps {
  label: string;
  testId: string;
  /** Renders the items; `close` hides the menu after an item did its work. */
  children: (close: () => void) => ReactNode;
}

/** A button that drops down a list of actions; closes on Escape or a click elsewhere. */
export function Menu({ label, testId, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(root, close, open);
  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="topbar-button"
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-list" role="menu" id={listId}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
