import { useContext } from 'react';
import { useStore } from 'zustand';
import { EditorStoreContext } from './editorContext';
import type { EditorStoreApi } from './createEditorStore';
import type { EditorStore } from './editorTypes';

/** The store itself, for event handlers that read state at the moment they run. */
export function useEditorStore(): EditorStoreApi {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor must be used inside an EditorStoreContext provider');
  return store;
}

/** Subscribes to one slice of the editor state (wrap object-returning selectors in useShallow). */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorStore(), selector);
}
