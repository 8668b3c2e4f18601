import { createHistory } from '../model/history';
import type { EditorEnv } from './editorEnv';
import type { EditorState, Notice } from './editorTypes';
import { saveSettings } from '../persistence/librarySettings';

type Opened = Pick<
  EditorState,
  'history' | 'doc' | 'docId' | 'baseRevision' | 'dirty' | 'saveStatus' | 'entries' | 'notices'
>;

/** Picks the document a start opens: the last one, else the first listed, else the sample (stored as a new entry). */
export function openInitialDocument(env: EditorEnv, lastOpened: string | null): Opened {
  const { entries, quarantined } = env.library.scan();
  const notices: Notice[] =
    quarantined.length > 0 ? [{ kind: 'quarantined', entries: quarantined }] : [];
  const candidates = [
    ...(lastOpened !== null ? [lastOpened] : []),
    ...entries.map((e) => e.id).filter((id) => id !== lastOpened),
  ];
  for (const id of candidates) {
    const loaded = env.library.load(id);
    if (loaded.ok) {
      saveSettings(env.settingsStorage, { lastOpened: id });
      const doc = loaded.record.doc;
      return {
        history: createHistory(doc),
        doc,
        docId: id,
        baseRevision: loaded.record.revision,
        dirty: false,
        saveStatus: { kind: 'saved', at: loaded.record.savedAt },
        entries: env.library.entries(),
        notices,
      };
    }
    if (loaded.reason === 'corrupt')
      notices.push({ kind: 'quarantined', entries: [loaded.quarantined] });
  }
  const doc = env.sample();
  const created = env.library.create(doc);
  if (created.ok) saveSettings(env.settingsStorage, { lastOpened: created.id });
  return {
    history: createHistory(doc),
    doc,
    docId: created.ok ? created.id : null,
    baseRevision: created.ok ? created.record.revision : 0,
    dirty: !created.ok,
    saveStatus: created.ok
      ? { kind: 'saved', at: created.record.savedAt }
      : env.persistent
        ? { kind: 'error', reason: created.reason }
        : { kind: 'memory' },
    entries: env.library.entries(),
    notices,
  };
}
