import { describe, expect, it, vi } from 'vitest';
import { renameSop } from '../model/commands/identity';
import { newDocument } from '../model/defaults';
import { serializeSopFile } from '../persistence/sopFile';
import { serializeLibraryFile } from '../persistence/libraryFile';
import { entryTitle } from '../model/librarySearch';
import { profileFromDocument } from '../model/profile';
import { MemoryBackend, quotaError } from '../persistence/libraryBackend';
import { createEditorStore } from './createEditorStore';
import { fakeEditorEnv, settle } from './fakeEditorEnv';

const rename = (name: string) => (doc: Parameters<typeof renameSop>[0]) => renameSop(doc, name);

describe('createEditorStore', () => {
  it('opens the sample on a first start, stores it, and reopens the last document next time', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    const first = store.getState();
    expect(first.doc.identity.name).toBe('Contoh SOP');
    expect(first.docId).not.toBeNull();
    expect(first.saveStatus.kind).toBe('saved');
    await store.getState().createDocument();
    const secondId = store.getState().docId;
    expect(store.getState().entries).toHaveLength(2);

    const reopened = (
      await createEditorStore(fakeEditorEnv(tab.backend, tab.storage).env)
    ).getState();
    expect(reopened.docId).toBe(secondId);
    expect(reopened.doc.identity.name).toBe('SOP baru');
  });

  it('saves a change after the debounce, and undo/redo move through it', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    store.getState().apply(rename('Satu'));
    expect(store.getState().saveStatus.kind).toBe('pending');
    expect(tab.timerDelays()).toEqual([400]);
    await tab.runTimers();
    expect(store.getState().saveStatus).toEqual({ kind: 'saved', at: expect.any(String) });
    const id = store.getState().docId!;
    const stored = await tab.env.library.load(id);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Satu');

    store.getState().undo();
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
    store.getState().redo();
    expect(store.getState().doc.identity.name).toBe('Satu');
  });

  it('keeps session state out of the undo history', async () => {
    const store = await createEditorStore(fakeEditorEnv().env);
    store.getState().apply(rename('X'));
    store.getState().setView('identity');
    store.getState().setSelection([{ kind: 'step', id: 's1' }]);
    store.getState().undo();
    expect(store.getState().view).toBe('identity');
    expect(store.getState().selection).toEqual([{ kind: 'step', id: 's1' }]);
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
  });

  it('keeps the work in memory when storage is full and saves it once space is free', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    tab.backend.failWrites = quotaError();
    store.getState().apply(rename('Penting'));
    await tab.runTimers();
    expect(store.getState().saveStatus).toEqual({ kind: 'error', reason: 'quota' });
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().doc.identity.name).toBe('Penting');
    // Switching away would drop the unsaved work: refused.
    const before = store.getState().docId;
    await store.getState().createDocument();
    expect(store.getState().docId).toBe(before);
    expect(tab.timerDelays()).toEqual([3000]);

    tab.backend.failWrites = null;
    await tab.runTimers();
    expect(store.getState().saveStatus.kind).toBe('saved');
    const stored = await tab.env.library.load(before!);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Penting');
  });

  it('starts with the sample in memory when even the first save does not fit', async () => {
    const backend = new MemoryBackend();
    backend.failWrites = quotaError();
    const tab = fakeEditorEnv(backend);
    const store = await createEditorStore(tab.env);
    // The first save is tried at once; let it meet the full storage.
    await settle();
    expect(tab.timerDelays()).toEqual([3000]);
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
    expect(store.getState().docId).toBeNull();
    expect(store.getState().saveStatus).toEqual({ kind: 'error', reason: 'quota' });
    backend.failWrites = null;
    await tab.runTimers();
    expect(store.getState().docId).not.toBeNull();
    expect(store.getState().entries).toHaveLength(1);
  });

  it('detects another tab saving the same SOP and lets the user keep both', async () => {
    const tabA = fakeEditorEnv();
    const a = await createEditorStore(tabA.env);
    const tabB = fakeEditorEnv(tabA.backend);
    const b = await createEditorStore(tabB.env);
    expect(b.getState().docId).toBe(a.getState().docId);
    const id = a.getState().docId!;

    a.getState().apply(rename('Versi A'));
    await tabA.runTimers();
    b.getState().apply(rename('Versi B'));
    await tabB.runTimers();
    expect(b.getState().saveStatus).toEqual({ kind: 'conflict', theirs: 'changed' });
    const stored = await tabA.env.library.load(id);
    expect(stored.ok && stored.record.doc.identity.name).toBe('Versi A');

    await b.getState().resolveConflict('copy');
    expect(b.getState().docId).not.toBe(id);
    // The copy is named apart in the library; the SOP's own name is what B wrote.
    expect(b.getState().doc.identity.name).toBe('Versi B');
    expect((await tabB.env.library.entries()).map(entryTitle).sort()).toEqual([
      'Versi A',
      'Versi B (salinan)',
    ]);
  });

  it('flags a change announced by another tab and reloads theirs on request', async () => {
    const tabA = fakeEditorEnv();
    const a = await createEditorStore(tabA.env);
    const b = await createEditorStore(fakeEditorEnv(tabA.backend).env);
    a.getState().apply(rename('Dari A'));
    await tabA.runTimers();
    const id = a.getState().docId!;
    const theirs = await tabA.env.library.load(id);
    await b.getState().noticeExternalChange(id, theirs.ok ? theirs.record : null);
    expect(b.getState().saveStatus).toEqual({ kind: 'conflict', theirs: 'changed' });
    await b.getState().resolveConflict('reload');
    expect(b.getState().doc.identity.name).toBe('Dari A');
    expect(b.getState().saveStatus.kind).toBe('saved');
  });

  it('imports a good file as a new entry and refuses a bad one without changing anything', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    const before = store.getState();
    expect(await store.getState().importFile('{"format":"sop-ap"', 'rusak.sop.json')).toBe(false);
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().entries).toEqual(before.entries);
    expect(store.getState().notices[0]).toMatchObject({
      kind: 'fileRefused',
      fileName: 'rusak.sop.json',
    });

    expect(
      await store.getState().importFile(serializeSopFile(newDocument('Impor')), 'ok.sop.json'),
    ).toBe(true);
    expect(store.getState().doc.identity.name).toBe('Impor');
    expect(store.getState().docId).not.toBe(before.docId);
    expect(
      store
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['Contoh SOP', 'Impor']);
  });

  describe('opening a document that is already in the library (same id)', () => {
    const meta = { id: 'sop-surat', modified: '2026-01-05T08:00:00.000Z' };
    const later = { id: 'sop-surat', modified: '2026-02-05T08:00:00.000Z' };
    const opened = async () => {
      const store = await createEditorStore(fakeEditorEnv().env);
      await store.getState().importFile(serializeSopFile(newDocument('Surat'), meta), 'a.sop.json');
      expect(store.getState().docId).toBe('sop-surat');
      return store;
    };
    const titles = (store: Awaited<ReturnType<typeof opened>>) =>
      store.getState().entries.map(entryTitle).sort();

    it('asks first, saying the file is newer, and writes nothing before the answer', async () => {
      const store = await opened();
      const before = store.getState().entries;
      const text = serializeSopFile(newDocument('Surat revisi'), later);
      expect(await store.getState().importFile(text, 'b.sop.json')).toBe(true);
      expect(store.getState().pendingImport).toMatchObject({
        kind: 'document',
        fileName: 'b.sop.json',
        clash: { id: 'sop-surat', title: 'Surat' },
        newer: 'file',
      });
      expect(store.getState().entries).toEqual(before);
      await store.getState().resolveImport('cancel');
      expect(store.getState().pendingImport).toBeNull();
      expect(titles(store)).toEqual(['Contoh SOP', 'Surat']);
    });

    it('replace: still one entry, holding the file', async () => {
      const store = await opened();
      await store.getState().importFile(serializeSopFile(newDocument('Surat revisi'), later), 'b');
      await store.getState().resolveImport('replace');
      expect(titles(store)).toEqual(['Contoh SOP', 'Surat revisi']);
      expect(store.getState().docId).toBe('sop-surat');
      expect(store.getState().doc.identity.name).toBe('Surat revisi');
      expect(store.getState().entries.find((e) => e.id === 'sop-surat')!.updatedAt).toBe(
        later.modified,
      );
    });

    it('keep both: two entries told apart, the SOP names unchanged', async () => {
      const store = await opened();
      const older = { id: 'sop-surat', modified: '2025-01-01T00:00:00.000Z' };
      await store.getState().importFile(serializeSopFile(newDocument('Surat'), older), 'c');
      expect(store.getState().pendingImport).toMatchObject({ newer: 'library' });
      await store.getState().resolveImport('keepBoth');
      expect(titles(store)).toEqual(['Contoh SOP', 'Surat', 'Surat (dari berkas)']);
      expect(store.getState().doc.identity.name).toBe('Surat');
      expect(store.getState().docId).not.toBe('sop-surat');
      await store.getState().importFile(serializeSopFile(newDocument('Surat'), older), 'c');
      await store.getState().resolveImport('keepBoth');
      expect(titles(store)).toContain('Surat (dari berkas 2)');
    });

    it('a backup imported twice leaves no duplicates; the choice is asked once for all', async () => {
      const store = await createEditorStore(fakeEditorEnv().env);
      const backup = serializeLibraryFile(
        ['Satu', 'Dua', 'Tiga'].map((name, i) => ({
          doc: newDocument(name),
          meta: { id: `b-${i}`, modified: '2026-01-01T00:00:00.000Z' },
        })),
      );
      expect(await store.getState().importLibrary(backup, 'cadangan.json')).toBe(true);
      expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'imported', added: 3 });
      expect(store.getState().pendingImport).toBeNull();
      await store.getState().importLibrary(backup, 'cadangan.json');
      expect(store.getState().pendingImport).toMatchObject({ kind: 'library', clashes: 3 });
      await store.getState().resolveImport('replace');
      expect(titles(store)).toEqual(['Contoh SOP', 'Dua', 'Satu', 'Tiga']);
      expect(store.getState().notices.at(-1)).toMatchObject({ added: 0, replaced: 3, kept: 0 });
      await store.getState().importLibrary(backup, 'cadangan.json');
      await store.getState().resolveImport('skip');
      expect(store.getState().entries).toHaveLength(4);
      expect(store.getState().notices.at(-1)).toMatchObject({ skipped: 3 });
      await store.getState().importLibrary(backup, 'cadangan.json');
      await store.getState().resolveImport('keepBoth');
      expect(store.getState().entries).toHaveLength(7);
      expect(store.getState().notices.at(-1)).toMatchObject({ kept: 3 });
    });
  });

  it('duplicates an entry under a name of its own, leaving the Nama SOP as written', async () => {
    const store = await createEditorStore(fakeEditorEnv().env);
    const id = store.getState().docId!;
    await store.getState().duplicateDocument(id);
    expect(store.getState().docId).not.toBe(id);
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
    await store.getState().duplicateDocument(id);
    expect(store.getState().entries.map(entryTitle).sort()).toEqual([
      'Contoh SOP',
      'Contoh SOP (salinan 2)',
      'Contoh SOP (salinan)',
    ]);
    // Renaming a copy renames the entry; the open SOP's base follows, so no conflict comes of it.
    await store.getState().renameDocument(store.getState().docId!, 'Versi uji');
    expect(store.getState().entries.map(entryTitle)).toContain('Versi uji');
    expect(store.getState().doc.identity.name).toBe('Contoh SOP');
    store.getState().apply(rename('Contoh SOP berubah'));
    await store.getState().flushSave();
    expect(store.getState().saveStatus.kind).toBe('saved');
  });

  it('deletes the open SOP, opens another, and can take the deletion back', async () => {
    const store = await createEditorStore(fakeEditorEnv().env);
    const first = store.getState().docId!;
    await store.getState().createDocument();
    const second = store.getState().docId!;
    await store.getState().deleteDocument(second);
    expect(store.getState().docId).toBe(first);
    expect(store.getState().entries.map((e) => e.id)).toEqual([first]);
    await store.getState().undoDelete();
    expect(store.getState().docId).toBe(second);
    expect(
      store
        .getState()
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual([first, second].sort());
  });

  it('exports a backup that imports back as new entries', async () => {
    const store = await createEditorStore(fakeEditorEnv().env);
    await store.getState().createDocument();
    const backup = await store.getState().exportLibrary();
    const other = await createEditorStore(fakeEditorEnv().env);
    expect(await other.getState().importLibrary(backup, 'backup.json')).toBe(true);
    expect(
      other
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['Contoh SOP', 'Contoh SOP', 'SOP baru']);
  });

  it('keeps the work when another tab deletes the open SOP, and stores it again as a copy on request', async () => {
    const tabA = fakeEditorEnv();
    const a = await createEditorStore(tabA.env);
    const b = await createEditorStore(fakeEditorEnv(tabA.backend).env);
    const id = a.getState().docId!;
    b.getState().apply(rename('Punya B'));
    await a.getState().deleteDocument(id);
    a.getState().forgetDelete();
    await b.getState().noticeExternalChange(id, null);
    expect(b.getState().saveStatus).toEqual({ kind: 'conflict', theirs: 'deleted' });
    // No silent resurrection: the debounce fires but writes nothing while the choice is open.
    await b.getState().flushSave();
    expect((await tabA.env.library.load(id)).ok).toBe(false);
    await b.getState().resolveConflict('copy');
    expect(b.getState().doc.identity.name).toBe('Punya B');
    expect(b.getState().entries.map(entryTitle)).toContain('Punya B (salinan)');
    expect(b.getState().saveStatus.kind).toBe('saved');
  });

  it('remembers the language without making it part of the document', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    const doc = store.getState().doc;
    store.getState().setLanguage('en');
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().dirty).toBe(false);
    expect(
      (await createEditorStore(fakeEditorEnv(tab.backend, tab.storage).env)).getState().language,
    ).toBe('en');
  });
});

describe('the office profile', () => {
  it('is kept with the library, starts new SOPs, and is applied to several SOPs, each undone on its own', async () => {
    const tab = fakeEditorEnv();
    const store = await createEditorStore(tab.env);
    const first = store.getState().docId!;
    const profile = {
      ...profileFromDocument(newDocument('x')),
      unit: 'BAGIAN UMUM',
      organization: ['BADAN PUSAT STATISTIK'],
    };
    expect(await store.getState().setProfile(profile)).toBe(true);
    // Kept across a restart.
    const again = await createEditorStore(fakeEditorEnv(tab.backend, tab.storage).env);
    // Read just after the first screen.
    await vi.waitFor(() => expect(again.getState().profile).toEqual(profile));

    await store.getState().createDocument();
    expect(store.getState().doc.identity.unit).toBe('BAGIAN UMUM');
    const second = store.getState().docId!;

    // Applied to the first (closed) and the open second: one already matches.
    const changed = await store.getState().applyProfileTo([first, second]);
    expect(changed).toBe(1);
    const stored = await tab.env.library.load(first);
    expect(stored.ok && stored.record.doc.identity.organization).toEqual(['BADAN PUSAT STATISTIK']);
    // Opened, the first takes the profile back with one Urungkan.
    await store.getState().openDocument(first);
    expect(store.getState().doc.identity.unit).toBe('BAGIAN UMUM');
    store.getState().undo();
    expect(store.getState().doc.identity.unit).toBe('');
  });
});

describe('a backup merged by document id', () => {
  const filed = (name: string, id: string, modified = '2026-01-01T00:00:00.000Z') => ({
    doc: newDocument(name),
    meta: { id, modified },
  });
  // Here: "Satu" (b-1) and "Dua" (b-2). The backup: a newer "Satu", "Dua" again, a new "Tiga".
  const backup = () =>
    serializeLibraryFile([
      filed('Satu revisi', 'b-1', '2026-06-01T00:00:00.000Z'),
      filed('Dua', 'b-2'),
      filed('Tiga', 'b-3'),
    ]);
  it.each([
    {
      choice: 'replace' as const,
      counts: { added: 1, replaced: 2, kept: 0, skipped: 0 },
      titles: ['Contoh SOP', 'Dua', 'Satu revisi', 'Tiga'],
    },
    {
      choice: 'keepBoth' as const,
      counts: { added: 1, replaced: 0, kept: 2, skipped: 0 },
      titles: [
        'Contoh SOP',
        'Dua',
        'Dua (dari berkas)',
        'Satu',
        'Satu revisi (dari berkas)',
        'Tiga',
      ],
    },
    {
      choice: 'skip' as const,
      counts: { added: 1, replaced: 0, kept: 0, skipped: 2 },
      titles: ['Contoh SOP', 'Dua', 'Satu', 'Tiga'],
    },
    { choice: 'cancel' as const, counts: null, titles: ['Contoh SOP', 'Dua', 'Satu'] },
  ])('$choice', async ({ choice, counts, titles }) => {
    const store = await createEditorStore(fakeEditorEnv().env);
    await store
      .getState()
      .importLibrary(
        serializeLibraryFile([filed('Satu', 'b-1'), filed('Dua', 'b-2')]),
        'lama.json',
      );
    const noticesBefore = store.getState().notices.length;
    await store.getState().importLibrary(backup(), 'cadangan.json');
    expect(store.getState().pendingImport).toMatchObject({ kind: 'library', clashes: 2 });
    // Nothing is written before the answer.
    expect(store.getState().entries.map(entryTitle).sort()).toEqual(['Contoh SOP', 'Dua', 'Satu']);
    await store.getState().resolveImport(choice);
    expect(store.getState().entries.map(entryTitle).sort()).toEqual(titles);
    if (counts)
      expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'imported', ...counts });
    else expect(store.getState().notices).toHaveLength(noticesBefore);
  });
});
