import type { Ref } from 'react';

interface HiddenFileInputProps {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onFiles(files: File[]): void;
}

/**
 * A file input opened by a visible button through `ref`. It stays in the page, out of the tab
 * order and the accessibility tree (the button speaks for it), and forgets its choice at once
 * so that choosing the same file again still counts.
 */
export function HiddenFileInput({ ref, accept, testId, onFiles }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={(e) => {
        const files = Array.from(e.currentTarget.files ?? []);
        e.currentTarget.value = '';
        onFiles(files);
      }}
    />
  );
}
