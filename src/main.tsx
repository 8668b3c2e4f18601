import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistence } from './persistence/storagePersistence';
import { browserEditorEnv } from './store/browserEditorEnv';
import { createEditorStore } from './store/createEditorStore';
import { App } from './ui/App';
import { registerSheetFontFaces } from './ui/sheet/sheetFontFaces';
import { registerAppUpdates } from './ui/shell/appUpdate';

/** Opens the library (IndexedDB is asynchronous), then shows the editor; the page says what it waits for. */
async function start(root: HTMLElement): Promise<void> {
  registerSheetFontFaces();
  const env = await browserEditorEnv();
  const store = await createEditorStore(env);
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  // Asked once, after the editor is up, so a browser prompt never stands before the work.
  if (env.persistent)
    void requestPersistence(env.settingsStorage).then((p) => store.getState().setPersistence(p));
  // The offline copy: every asset precached by the service worker once the editor is up.
  void registerAppUpdates().catch(() => undefined);
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((error: unknown) => {
    root.textContent = `Alir tidak dapat dimulai / Alir could not start: ${String(error)}`;
  });
}
