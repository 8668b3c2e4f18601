import { createHistory } from '../model/history';
import { saveSettings } from '../persistence/librarySettings';
import { savedStatus } from './documentActions';
import type { EditorEnv } from './editorEnv';
import type { EditorState, Notice } from './editorTypes';

type Opened = Pick<
  EditorState,
  'history' | 'doc' | 'docId' | 'base' | 'dirty' | 'saveStatus' | 'entries' | 'notices'
> & {
  /** True when every record is still to be checked (the list came from the stored rows). */
  scanLater: boolean;
};

/** Picks the document a start opens: the last one, else the first listed, else the sample (stored as a new entry). */
export async function openInitialDocument(
  env: EditorEnv,
  lastOpened: string | null,
): Promise<Opened> {
  // A big library opens from its stored list; its records are checked after the first screen.
  const quick = await env.library.quickEntries();
  const { entries, quarantined } =
    quick !== null && quick.length > 0
      ? { entries: quick, quarantined: [] }
      : await env.library.scan();
  const scanLater = quick !== null && quick.length > 0;
  const notices: Notice[] =
    quarantined.length > 0 ? [{ kind: 'quarantined', entries: quarantined }] : [];
  const candidates = [
    ...(lastOpened !== null && entries.some((e) => e.id === lastOpened) ? [lastOpened] : []),
    ...entries.map((e) => e.id).filter((id) => id !== lastOpened),
  ];
  for (const id of candidates) {
    const loaded = await env.library.load(id);
    if (loaded.ok) {
      saveSettings(env.settingsStorage, { lastOpened: id });
      const { doc, revision, token, savedAt } = loaded.record;
      return {
        history: createHistory(doc),
        doc,
        docId: id,
        base: { revision, token },
        dirty: false,
        saveStatus: savedStatus(env, savedAt),
        entries: await env.library.entries(),
        notices,
        scanLater,
      };
    }
    if (loaded.reason === 'corrupt')
      notices.push({ kind: 'quarantined', entries: [loaded.quarantined] });
  }
  const doc = await env.sample();
  const created = await env.library.create(doc);
  if (created.ok) saveSettings(env.settingsStorage, { lastOpened: created.id });
  return {
    history: createHistory(doc),
    doc,
    docId: created.ok ? created.id : null,
    base: created.ok ? { revision: created.record.revision, token: created.record.token } : null,
    dirty: !created.ok,
    // Without storage the first screen must not say "saved": the work lives only in this tab.
    saveStatus: created.ok
      ? savedStatus(env, created.record.savedAt)
      : created.reason === 'invalid'
        ? { kind: 'error', reason: 'invalid', errors: created.errors }
        : { kind: 'error', reason: created.reason },
    entries: await env.library.entries(),
    notices,
    scanLater,
  };
}
