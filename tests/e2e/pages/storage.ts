import type { Page } from '@playwright/test';

/*
 * The browser's storage as the tests see it. The library lives in IndexedDB
 * (database `alir`: `records` by document id, `quarantine` by key); settings stay in
 * localStorage. Headless Chromium offers no way to shrink an origin's quota (the
 * DevTools quota override is not honoured), so a full disk is simulated where the
 * browser would report it: IndexedDB's put/add raise QuotaExceededError while the
 * tab's sessionStorage flag is set (it survives reloads, as a full disk would).
 */

const FULL_FLAG = 'test-disk-full';

function patchIndexedDb(flag: string): void {
  const w = window as unknown as { __diskPatched?: boolean };
  if (w.__diskPatched) return;
  w.__diskPatched = true;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (sessionStorage.getItem(flag) === '1')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
}

/** From now on (and after reloads) every write to the library fails as on a full disk. */
export async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(patchIndexedDb, FULL_FLAG);
  await page.evaluate(patchIndexedDb, FULL_FLAG);
  await page.evaluate((flag) => sessionStorage.setItem(flag, '1'), FULL_FLAG);
}

/** The user freed some space: writes succeed again. */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate((flag) => sessionStorage.removeItem(flag), FULL_FLAG);
}

/** Empties the library (database and settings), as a first visit would find it. */
export async function clearLibrary(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('alir');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  });
}

/**
 * The app's stored records, keyed as the app names them in its messages:
 * `alir:doc:<id>` for a document, the quarantine key for a record set aside.
 */
export async function appStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('alir');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<[string, string][]>((resolve, reject) => {
        const tx = db.transaction(store);
        const keys = tx.objectStore(store).getAllKeys();
        const values = tx.objectStore(store).getAll();
        tx.oncomplete = () =>
          resolve((keys.result as string[]).map((k, i) => [k, values.result[i] as string]));
        tx.onerror = () => reject(tx.error);
      });
    const out: Record<string, string> = {};
    for (const [id, raw] of await all('records')) out[`alir:doc:${id}`] = raw;
    for (const [key, raw] of await all('quarantine')) out[key] = raw;
    db.close();
    return out;
  });
}

/** Writes a record straight into the library's database, as a crash or a bug might leave it. */
export async function plantRecord(page: Page, id: string, raw: string): Promise<void> {
  await page.evaluate(
    async ([recordId, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('alir');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['records', 'entries'], 'readwrite');
        tx.objectStore('records').put(value, recordId);
        tx.objectStore('entries').put({ id: recordId, name: '?', updatedAt: '', order: 0 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [id, raw] as const,
  );
}
