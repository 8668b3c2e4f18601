import type { StepsFragment } from '../../model/commands';

/*
 * The diagram's clipboard. Rows are kept here (not only in the system clipboard, which asks
 * for permission to be read) so Ctrl+V works at once, also in another SOP of this tab.
 */
let copied: StepsFragment | null = null;

/** Keeps a fragment for the next paste, and offers it to the system clipboard as JSON. */
export function copyFragment(fragment: StepsFragment): void {
  copied = fragment;
  try {
    void navigator.clipboard?.writeText(JSON.stringify(fragment)).catch(() => undefined);
  } catch {
    // No clipboard permission: the in-app copy is enough.
  }
}

/** The last copied fragment, if any. */
export function copiedFragment(): StepsFragment | null {
  return copied;
}
