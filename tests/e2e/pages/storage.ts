import type { Page } from '@playwright/test';

/** Prefix of the filler keys, so a test can free exactly the space it took. */
export const FILLER_PREFIX = 'test-filler:';

/**
 * Fills the origin's localStorage until the browser refuses more, simulating a
 * storage that other data has used up. Returns the number of characters written.
 */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    let written = 0;
    let chunk = 1 << 20;
    let n = 0;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`${prefix}${n}`, 'x'.repeat(chunk));
        written += chunk;
        n++;
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return written;
  }, FILLER_PREFIX);
}

/** Removes the filler again (the user freed some space). */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, FILLER_PREFIX);
}

/** The app's keys and values in localStorage. */
export async function appStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const key of Object.keys(localStorage))
      if (key.startsWith('alir:')) out[key] = localStorage.getItem(key) ?? '';
    return out;
  });
}
