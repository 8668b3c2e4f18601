import type { ReactNode } from 'react';

interface Props {
  /** The id of the title, which names the dialog for assistive technology. */
  titleId: string;
  title: ReactNode;
  testId: string;
  className?: string;
  /** Escape closes it (the dialog's own "cancel"). */
  onEscape(): void;
  children: ReactNode;
}

/** A modal dialog over the app: backdrop, a titled box, Escape to leave. */
export function Modal({ titleId, title, testId, className, onEscape, children }: Props) {
  return (
    <div className="modal-backdrop">
      <div
        className={className ? `modal ${className}` : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onEscape();
        }}
      >
        <h2 className="modal-title" id={titleId}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
