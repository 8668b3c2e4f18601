import { openIdbBackend } from '../persistence/idbBackend';
import { Library } from '../persistence/library';
import { MemoryBackend, type LibraryBackend } from '../persistence/libraryBackend';
import { browserStorage } from '../persistence/libraryStorage';
import { libraryChannel, silentChannel } from '../persistence/libraryWatch';
import { migrateLocalLibrary } from '../persistence/migrateLocalLibrary';
import { tabLockName } from '../persistence/unsavedJournal';
import type { EditorEnv } from './editorEnv';

/** Opens the database and moves an earlier version's localStorage library into it (once, under a lock). */
async function openLibraryBackend(
  local: ReturnType<typeof browserStorage>,
): Promise<LibraryBackend | null> {
  let backend: LibraryBackend;
  try {
    backend = await openIdbBackend();
  } catch {
    return null;
  }
  if (!local.persistent) return backend;
  const migrate = () => migrateLocalLibrary(backend, local.storage, () => crypto.randomUUID());
  try {
    // Two tabs opened at once: the second waits, then finds the move done.
    if (typeof navigator !== 'undefined' && navigator.locks)
      await navigator.locks.request('alir:migrate', migrate);
    else await migrate();
  } catch {
    // A full disk, say: the old library stays in localStorage and moves at a later start.
  }
  return backend;
}

/**
 * The environment of the real app: the library in IndexedDB (or memory when the browser
 * refuses storage), settings in localStorage, the real clock and timers.
 */
export async function browserEditorEnv(): Promise<EditorEnv> {
  const local = browserStorage();
  const backend = await openLibraryBackend(local);
  const channel = backend ? libraryChannel() : silentChannel;
  const tab = crypto.randomUUID();
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // Held while the page is shown: a start elsewhere leaves this tab's journal alone meanwhile.
  // Released as the page goes away, so the page that replaces it (a reload) takes the journal.
  let release: (() => void) | null = null;
  const hold = () => {
    if (release || !locks) return;
    void locks.request(tabLockName(tab), () => new Promise<void>((done) => (release = done)));
  };
  hold();
  window.addEventListener('pagehide', () => {
    release?.();
    release = null;
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) hold();
  });
  return {
    library: new Library(backend ?? new MemoryBackend(), undefined, (change) =>
      channel.announce(change),
    ),
    settingsStorage: local.storage,
    persistent: backend !== null,
    channel,
    journal:
      backend && local.persistent
        ? {
            tab,
            async liveTabs() {
              const held = locks ? ((await locks.query()).held ?? []) : [];
              return new Set(
                held.flatMap((l) =>
                  l.name?.startsWith(tabLockName('')) ? [l.name.slice(tabLockName('').length)] : [],
                ),
              );
            },
          }
        : null,
    now: () => new Date(),
    // Only a first start with an empty library needs the sample: it comes in its own chunk.
    sample: () => import('../model/sample').then((m) => m.sampleDocument()),
    saveDelayMs: 400,
    retryDelayMs: 3000,
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  };
}
