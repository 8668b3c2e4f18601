// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { createEditorStore, type EditorStoreApi } from '../../store/createEditorStore';
import { EditorStoreContext } from '../../store/editorContext';
import { fakeEditorEnv } from '../../store/fakeEditorEnv';
import { Inspector } from './Inspector';

afterEach(cleanup);

/** The inspector over a store holding the sample SOP (rows s1..s10, symbols n1..n10). */
async function renderInspector(): Promise<EditorStoreApi> {
  const store = await createEditorStore({ ...fakeEditorEnv().env, sample: sampleDocument });
  render(
    <EditorStoreContext value={store}>
      <Inspector />
    </EditorStoreContext>,
  );
  return store;
}

const select = (store: EditorStoreApi, kind: 'step' | 'symbol' | 'flow', id: string) =>
  act(() => store.getState().setSelection([{ kind, id }]));

describe('Inspector', () => {
  it('asks for a selection when nothing is selected', async () => {
    await renderInspector();
    expect(screen.getByTestId('inspector')).toHaveTextContent(/Pilih langkah/);
  });

  it("shows the selected symbol's step under the sheet's own column labels", async () => {
    const store = await renderInspector();
    select(store, 'symbol', 'n3');
    expect(screen.getByRole('heading')).toHaveTextContent('Langkah 3');
    expect(screen.getByLabelText('Kegiatan')).toHaveValue(store.getState().doc.steps[2]!.activity);
    expect(screen.getByLabelText('Waktu')).toHaveValue('15 menit');
    expect(screen.getByTestId('inspector-shape')).toHaveValue('decision');
  });

  it('makes a burst of typing in one field a single undo step', async () => {
    const store = await renderInspector();
    select(store, 'step', 's2');
    const field = screen.getByTestId('inspector-time');
    for (const value of ['1', '15', '15 m', '15 menit'])
      fireEvent.change(field, { target: { value } });
    expect(store.getState().doc.steps[1]!.time).toBe('15 menit');
    expect(store.getState().history.past).toHaveLength(1);
    act(() => store.getState().undo());
    expect(store.getState().doc.steps[1]!.time).toBe('10 menit');
  });

  it("edits the selected arrow's label and ends", async () => {
    const store = await renderInspector();
    select(store, 'flow', 'f2');
    fireEvent.change(screen.getByTestId('inspector-flow-label'), { target: { value: 'Lengkap' } });
    fireEvent.change(screen.getByTestId('inspector-flow-to'), { target: { value: 'n5' } });
    expect(store.getState().doc.flows[1]).toEqual({
      id: 'f2',
      from: 'n2',
      to: 'n5',
      label: 'Lengkap',
    });
    // An end that would duplicate an existing arrow is refused: n1 → n2 exists already.
    fireEvent.change(screen.getByTestId('inspector-flow-from'), { target: { value: 'n1' } });
    fireEvent.change(screen.getByTestId('inspector-flow-to'), { target: { value: 'n2' } });
    expect(store.getState().doc.flows[1]).toMatchObject({ from: 'n1', to: 'n5' });
  });
});
