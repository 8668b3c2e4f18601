import { idFromDocKey, INDEX_KEY } from './libraryStorage';
import { peekRevision } from './libraryRecords';

/** What another tab changed in the library. */
export type LibraryChange =
  { kind: 'document'; id: string; revision: number | null } | { kind: 'index' };

/**
 * Listens for other tabs' writes (the `storage` event fires only in the tabs that
 * did not write). Returns the function that stops listening.
 */
export function watchLibrary(onChange: (change: LibraryChange) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.storageArea !== window.localStorage) return;
    if (event.key === null) {
      onChange({ kind: 'index' });
      return;
    }
    if (event.key === INDEX_KEY) {
      onChange({ kind: 'index' });
      return;
    }
    const id = idFromDocKey(event.key);
    if (id !== null) onChange({ kind: 'document', id, revision: peekRevision(event.newValue) });
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
