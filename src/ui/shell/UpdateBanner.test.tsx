// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addStrings } from '../../i18n/dictionary';
import { messageStrings } from '../../i18n/strings/messages';
import { createEditorStore } from '../../store/createEditorStore';
import { EditorStoreContext } from '../../store/editorContext';
import { fakeEditorEnv } from '../../store/fakeEditorEnv';
import { announceUpdate, useUpdateReady } from './appUpdate';
import { UpdateBanner } from './UpdateBanner';

afterEach(cleanup);
addStrings(messageStrings);

function Shown() {
  return useUpdateReady() ? <UpdateBanner /> : null;
}

describe('a new version of the app', () => {
  it('is announced, and applied only when the user reloads with the work stored', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    render(
      <EditorStoreContext value={store}>
        <Shown />
      </EditorStoreContext>,
    );
    expect(screen.queryByTestId('app-update')).toBeNull();
    const apply = vi.fn(() => Promise.resolve());
    act(() => announceUpdate(apply));
    expect(screen.getByTestId('app-update')).toHaveTextContent('Versi baru Alir sudah siap');
    // Nothing happens by itself: the waiting version is applied on the user's word only.
    expect(apply).not.toHaveBeenCalled();

    // Work that cannot be stored (storage refusing): the page is not reloaded, and it says why.
    tab.backend.failWrites = new Error('refused');
    store.getState().apply((doc) => ({ ...doc, identity: { ...doc.identity, name: 'Baru' } }));
    await act(async () => {
      fireEvent.click(screen.getByTestId('app-update-reload'));
      await Promise.resolve();
    });
    await vi.waitFor(() =>
      expect(screen.getByTestId('app-update')).toHaveTextContent('belum tersimpan'),
    );
    expect(apply).not.toHaveBeenCalled();

    tab.backend.failWrites = null;
    await act(async () => {
      fireEvent.click(screen.getByTestId('app-update-reload'));
    });
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  });
});
