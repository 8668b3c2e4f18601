// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../store/createEditorStore';
import { EditorStoreContext } from '../../store/editorContext';
import { fakeEditorEnv } from '../../store/fakeEditorEnv';
import { ExportProblemsNote } from './ExportProblemsNote';
import { ProblemsDock } from './ProblemsDock';
import { ProblemsStatus } from './ProblemsStatus';

afterEach(cleanup);

/** The three connected pieces on a fresh store holding a new, unfinished SOP. */
async function renderConnected() {
  const store = await createEditorStore(fakeEditorEnv().env);
  render(
    <EditorStoreContext value={store}>
      <ProblemsDock />
      <ProblemsStatus />
      <ExportProblemsNote />
    </EditorStoreContext>,
  );
  return store;
}

const finding = (code: string) =>
  screen.getAllByTestId('problem').find((el) => el.dataset.code === code)!;

describe('the problems panel in the app', () => {
  it('counts the open document live and opens on the count', async () => {
    const store = await renderConnected();
    // A new SOP: only a start, no Waktu/Output, identity mostly empty.
    expect(screen.getByTestId('problems-count')).toHaveTextContent(/^6$/);
    expect(screen.queryByTestId('problems-panel')).toBeNull();

    // The export note counts errors and warnings apart, and shows them on request.
    fireEvent.click(screen.getByTestId('export-problems-show'));
    // The open panel comes in its own chunk: it is there a moment later.
    expect(await screen.findByTestId('problems-panel')).toBeInTheDocument();
    const severities = screen.getAllByTestId('problem').map((el) => el.dataset.severity);
    const errors = severities.filter((s) => s === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(screen.getByTestId('export-problems-note')).toHaveTextContent(
      `Masih ada ${errors} kesalahan dan ${6 - errors} peringatan. Ekspor tetap dapat dilakukan.`,
    );
    // Asked again with the panel open, it stays open.
    fireEvent.click(screen.getByTestId('export-problems-show'));
    expect(screen.getByTestId('problems-panel')).toBeInTheDocument();
    expect(screen.getByTestId('duration-summary')).toBeInTheDocument();

    act(() => {
      store.getState().apply((doc) => ({ ...doc, identity: { ...doc.identity, number: 'SOP-1' } }));
    });
    expect(screen.getByTestId('problems-count')).toHaveTextContent(/^5$/);
    expect(screen.queryAllByTestId('problem').map((el) => el.dataset.code)).not.toContain(
      'identity.no-number',
    );
  });

  it('selects the culprit, switching to a view that can show it', async () => {
    const store = await renderConnected();
    act(() => store.getState().setView('steps'));
    fireEvent.click(screen.getByTestId('problems-toggle'));
    await screen.findByTestId('problems-panel');

    fireEvent.click(finding('identity.no-number'));
    expect(store.getState().view).toBe('identity');
    expect(store.getState().selection).toEqual([{ kind: 'identity', id: 'number' }]);
    expect(finding('identity.no-number')).toHaveAttribute('aria-current', 'true');

    // From the identity form a step cannot be seen: the diagram opens.
    fireEvent.click(finding('end.missing'));
    expect(store.getState().view).toBe('diagram');
    expect(store.getState().selection).toEqual([{ kind: 'step', id: 's1' }]);

    act(() => store.getState().setView('steps'));
    fireEvent.click(finding('step.no-time'));
    expect(store.getState().view).toBe('steps');
  });

  it('hides the export note once nothing is left to fix', async () => {
    const store = await renderConnected();
    act(() => {
      store.getState().apply((doc) => ({
        ...doc,
        identity: {
          ...doc.identity,
          number: 'SOP-1',
          effectiveDate: '2025-06-02',
          approver: { title: 'Kepala', name: 'Budi', nip: '' },
        },
        steps: [
          { ...doc.steps[0]!, time: '5 menit', output: 'Berkas' },
          {
            id: 's2',
            activity: 'Selesai',
            requirements: '',
            time: '5 menit',
            output: 'Arsip',
            notes: '',
            symbols: [{ id: 'n2', shape: 'terminator', actor: 'a1' }],
          },
        ],
        flows: [{ id: 'f1', from: 'n1', to: 'n2', label: '' }],
      }));
    });
    expect(screen.getByTestId('problems-count')).toHaveTextContent(/^0$/);
    expect(screen.queryByTestId('export-problems-note')).toBeNull();
  });
});
