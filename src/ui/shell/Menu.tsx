import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

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
  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
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
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
