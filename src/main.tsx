import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserEditorEnv } from './store/browserEditorEnv';
import { createEditorStore } from './store/createEditorStore';
import { App } from './ui/App';

const root = document.getElementById('root');
if (root) {
  const store = createEditorStore(browserEditorEnv());
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
