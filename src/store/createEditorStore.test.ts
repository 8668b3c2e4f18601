import { describe, expect, it } from 'vitest';
import { renameSop } from '../model/commands/identity';
import { newDocument } from '../model/defaults';
import { serializeSopFile } from '../persistence/sopFile';
import { MemoryStorage } from '../persistence/libraryStorage';
import { createEditorStore } from './createEditorStore';
import { fakeEditorEnv } from './fakeEditorEnv';

const rename = (name: string) => (doc: Parameters<typeof renameSop>[0]) => renameSop(doc, name);

describe('createEditorStore', () => {
  it('opens the sample on a first start, stores it, and reopens the last document next time', () => {
    const tab = fakeEditorEnv();
    const store = createEditorStore(tab.env);
    const first = store.getState();
    expect(first.doc.identity.name).toBe('Contoh SOP');
    expect(first.docId).not.toBeNull();
    expect(first.saveStatus.kind).toBe('saved');
    store.getState().createDocument();
    const secondId = store.getState().docId;
    expect(store.getState().entries).toHaveLength(2);

    const reopened = createEditorStore(fakeEditorEnv(tab.storage).env).getState();
    expect(reopened.docId).toBe(secondId);
    expect(reopened.doc.identity.name).toBe('SOP baru');
  });

  it('saves a change after the debounce, and undo/redo move through it', () => {
    const tab = fakeEditorEnv();
    const store = createEditorStore(tab.env);
    store.getState().apply(rename('Satu'));
    expect(store.getState().saveStatus.kind).toBe('pending');
    expect(tab.timerDelays()).toEqual([400]);
    tab.runTimers();
    expect(store.getState().saveStatus).toEqual({ kind: 'saved', at: expect.any(String) });
    const id = store.getState().docId!;
    const stored = tab.env.library.load(id);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Satu');

    store.getState().undo();
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
    store.getState().redo();
    expect(store.getState().doc.identity.name).toBe('Satu');
  });

  it('keeps session state out of the undo history', () => {
    const store = createEditorStore(fakeEditorEnv().env);
    store.getState().apply(rename('X'));
    store.getState().setView('identity');
    store.getState().setSelection([{ kind: 'step', id: 's1' }]);
    store.getState().undo();
    expect(store.getState().view).toBe('identity');
    expect(store.getState().selection).toEqual([{ kind: 'step', id: 's1' }]);
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
  });

  it('keeps the work in memory when storage is full and saves it once space is free', () => {
    const tab = fakeEditorEnv();
    const store = createEditorStore(tab.env);
    tab.storage.quotaChars = 10;
    store.getState().apply(rename('Penting'));
    tab.runTimers();
    expect(store.getState().saveStatus).toEqual({ kind: 'error', reason: 'quota' });
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().doc.identity.name).toBe('Penting');
    // Switching away would drop the unsaved work: refused.
    const before = store.getState().docId;
    store.getState().createDocument();
    expect(store.getState().docId).toBe(before);
    expect(tab.timerDelays()).toEqual([3000]);

    tab.storage.quotaChars = null;
    tab.runTimers();
    expect(store.getState().saveStatus.kind).toBe('saved');
    const stored = tab.env.library.load(before!);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Penting');
  });

  it('starts with the sample in memory when even the first save does not fit', () => {
    const storage = new MemoryStorage();
    storage.quotaChars = 0;
    const tab = fakeEditorEnv(storage);
    const store = createEditorStore(tab.env);
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
    expect(store.getState().docId).toBeNull();
    expect(store.getState().saveStatus).toEqual({ kind: 'error', reason: 'quota' });
    storage.quotaChars = null;
    tab.runTimers();
    expect(store.getState().docId).not.toBeNull();
    expect(store.getState().entries).toHaveLength(1);
  });

  it('detects another tab saving the same SOP and lets the user keep both', () => {
    const tabA = fakeEditorEnv();
    const a = createEditorStore(tabA.env);
    const tabB = fakeEditorEnv(tabA.storage);
    const b = createEditorStore(tabB.env);
    expect(b.getState().docId).toBe(a.getState().docId);
    const id = a.getState().docId!;

    a.getState().apply(rename('Versi A'));
    tabA.runTimers();
    b.getState().apply(rename('Versi B'));
    tabB.runTimers();
    expect(b.getState().saveStatus).toEqual({ kind: 'conflict', theirs: 'changed' });
    const stored = tabA.env.library.load(id);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Versi A');

    b.getState().resolveConflict('copy');
    expect(b.getState().docId).not.toBe(id);
    expect(b.getState().doc.identity.name).toBe('Versi B (salinan)');
    expect(
      tabB.env.library
        .entries()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Versi A', 'Versi B (salinan)']);
  });

  it('flags a change announced by another tab and reloads theirs on request', () => {
    const tabA = fakeEditorEnv();
    const a = createEditorStore(tabA.env);
    const b = createEditorStore(fakeEditorEnv(tabA.storage).env);
    a.getState().apply(rename('Dari A'));
    tabA.runTimers();
    const id = a.getState().docId!;
    b.getState().noticeExternalChange(id, tabA.env.library.storedRevision(id));
    expect(b.getState().saveStatus).toEqual({ kind: 'conflict', theirs: 'changed' });
    b.getState().resolveConflict('reload');
    expect(b.getState().doc.identity.name).toBe('Dari A');
    expect(b.getState().saveStatus.kind).toBe('saved');
  });

  it('imports a good file as a new entry and refuses a bad one without changing anything', () => {
    const tab = fakeEditorEnv();
    const store = createEditorStore(tab.env);
    const before = store.getState();
    expect(store.getState().importFile('{"format":"sop-ap"', 'rusak.sop.json')).toBe(false);
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().entries).toEqual(before.entries);
    expect(store.getState().notices[0]).toMatchObject({
      kind: 'fileRefused',
      fileName: 'rusak.sop.json',
    });

    expect(store.getState().importFile(serializeSopFile(newDocument('Impor')), 'ok.sop.json')).toBe(
      true,
    );
    expect(store.getState().doc.identity.name).toBe('Impor');
    expect(store.getState().docId).not.toBe(before.docId);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['Contoh SOP', 'Impor']);
  });

  it('deletes the open SOP, opens another, and can take the deletion back', () => {
    const store = createEditorStore(fakeEditorEnv().env);
    const first = store.getState().docId!;
    store.getState().createDocument();
    const second = store.getState().docId!;
    store.getState().deleteDocument(second);
    expect(store.getState().docId).toBe(first);
    expect(store.getState().entries.map((e) => e.id)).toEqual([first]);
    store.getState().undoDelete();
    expect(store.getState().docId).toBe(second);
    expect(
      store
        .getState()
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual([first, second].sort());
  });

  it('exports a backup that imports back as new entries', () => {
    const store = createEditorStore(fakeEditorEnv().env);
    store.getState().createDocument();
    const backup = store.getState().exportLibrary();
    const other = createEditorStore(fakeEditorEnv().env);
    expect(other.getState().importLibrary(backup, 'backup.json')).toBe(true);
    expect(
      other
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['Contoh SOP', 'Contoh SOP', 'SOP baru']);
  });

  it('keeps the work when another tab deletes the open SOP, and stores it again as a copy on request', () => {
    const tabA = fakeEditorEnv();
    const a = createEditorStore(tabA.env);
    const b = createEditorStore(fakeEditorEnv(tabA.storage).env);
    const id = a.getState().docId!;
    b.getState().apply(rename('Punya B'));
    a.getState().deleteDocument(id);
    a.getState().forgetDelete();
    b.getState().noticeExternalChange(id, null);
    expect(b.getState().saveStatus).toEqual({ kind: 'conflict', theirs: 'deleted' });
    // No silent resurrection: the debounce fires but writes nothing while the choice is open.
    b.getState().flushSave();
    expect(tabA.env.library.load(id).ok).toBe(false);
    b.getState().resolveConflict('copy');
    expect(b.getState().doc.identity.name).toBe('Punya B (salinan)');
    expect(b.getState().saveStatus.kind).toBe('saved');
  });

  it('remembers the language without making it part of the document', () => {
    const tab = fakeEditorEnv();
    const store = createEditorStore(tab.env);
    const doc = store.getState().doc;
    store.getState().setLanguage('en');
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().dirty).toBe(false);
    expect(createEditorStore(fakeEditorEnv(tab.storage).env).getState().language).toBe('en');
  });
});
