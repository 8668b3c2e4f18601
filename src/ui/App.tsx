import { useState } from 'react';
import { LanguageContext } from '../i18n/useT';
import type { EditorStoreApi } from '../store/createEditorStore';
import { EditorStoreContext } from '../store/editorContext';
import { useEditor } from '../store/useEditor';
import { Shell } from './shell/Shell';

function LanguageFromStore({ children }: { children: React.ReactNode }) {
  const language = useEditor((s) => s.language);
  return <LanguageContext value={language}>{children}</LanguageContext>;
}

/** The root: provides the store and the interface language; everything else lives in the shell. */
export function App({ store }: { store: EditorStoreApi }) {
  // The store is made once per page (or per test) and never swapped.
  const [editorStore] = useState(store);
  return (
    <EditorStoreContext value={editorStore}>
      <LanguageFromStore>
        <Shell />
      </LanguageFromStore>
    </EditorStoreContext>
  );
}
