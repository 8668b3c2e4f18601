import { createContext } from 'react';
import type { EditorStoreApi } from './createEditorStore';

/** The editor store of the nearest provider; each app (and each test) makes its own. */
export const EditorStoreContext = createContext<EditorStoreApi | null>(null);
