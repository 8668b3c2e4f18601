import type { ReactNode } from 'react';

interface MenuItemProps {
  testId: string;
  /** Hides the menu; called before `onSelect`, so a long action does not hold it open. */
  close(): void;
  onSelect(): void;
  disabled?: boolean;
  title?: string;
  children: ReactNode;
}

/** One action in a drop-down `Menu`. */
export function MenuItem({ testId, close, onSelect, disabled, title, children }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      disabled={disabled}
      title={title}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      {children}
    </button>
  );
}
