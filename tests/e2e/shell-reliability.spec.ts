import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, jsonFile } from './pages/AppPage';
import { appStorage, fillStorage } from './pages/storage';

/*
 * The ways work used to be lost: two tabs saving at once, closing the tab while the
 * work is not stored, a browser without storage, and the move of an older version's
 * localStorage library into IndexedDB.
 */

/** The names of the documents stored in the library's database. */
async function storedNames(page: Page): Promise<string[]> {
  return Object.entries(await appStorage(page))
    .filter(([k]) => k.startsWith('alir:doc:'))
    .map(
      ([, v]) =>
        (JSON.parse(v) as { file: { sop: { identity: { name: string } } } }).file.sop.identity.name,
    );
}

/** Makes the page write its pending work at wall-clock time `at` (both tabs share the clock). */
function flushAt(page: Page, at: number): Promise<void> {
  return page.evaluate(
    (time) =>
      new Promise<void>((resolve) => {
        setTimeout(
          () => {
            // The app writes pending work when the tab is hidden.
            Object.defineProperty(document, 'visibilityState', {
              value: 'hidden',
              configurable: true,
            });
            document.dispatchEvent(new Event('visibilitychange'));
            Object.defineProperty(document, 'visibilityState', {
              value: 'visible',
              configurable: true,
            });
            resolve();
          },
          Math.max(0, time - Date.now()),
        );
      }),
    at,
  );
}

test.describe('two tabs saving the same SOP at the same instant', () => {
  test('100 rounds: one save wins, the other tab shows the conflict choice, nothing is lost', async ({
    context,
  }) => {
    test.setTimeout(300_000);
    const a = new AppPage(await context.newPage());
    await a.goto();
    await a.waitSaved();
    const b = new AppPage(await context.newPage());
    await b.goto();
    await b.waitSaved();
    const tally = { a: 0, b: 0 };
    for (let round = 0; round < 100; round++) {
      const [nameA, nameB] = [`Tab A ronde ${round}`, `Tab B ronde ${round}`];
      await Promise.all([a.sopName.fill(nameA), b.sopName.fill(nameB)]);
      // Well inside the 400 ms debounce: both writes start in the same millisecond.
      const at = Date.now() + 120;
      await Promise.all([flushAt(a.page, at), flushAt(b.page, at)]);
      await expect
        .poll(async () =>
          [
            await a.saveStatus.getAttribute('data-status'),
            await b.saveStatus.getAttribute('data-status'),
          ]
            .sort()
            .join(),
        )
        .toBe('conflict,saved');
      const winner = (await a.saveStatus.getAttribute('data-status')) === 'saved' ? a : b;
      const loser = winner === a ? b : a;
      tally[winner === a ? 'a' : 'b']++;
      // The stored copy is the winner's; the loser's work is still on its screen.
      expect(await storedNames(a.page)).toEqual([winner === a ? nameA : nameB]);
      await expect(loser.sopName).toHaveValue(loser === a ? nameA : nameB);
      await expect(loser.page.getByTestId('conflict-message')).toBeVisible();
      await loser.page.getByTestId('conflict-reload').click();
      await expect(loser.sopName).toHaveValue(winner === a ? nameA : nameB);
      await loser.waitSaved();
    }
    console.log(`race: 100 rounds, tab A won ${tally.a}, tab B won ${tally.b}, 0 lost`);
  });
});

test.describe('closing the tab', () => {
  test('asks before closing while the work is not stored (disk full), and not once it is', async ({
    context,
  }) => {
    const app = new AppPage(await context.newPage());
    await app.goto();
    await app.waitSaved();
    // Stored: the tab closes without a question.
    const asked: string[] = [];
    app.page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await fillStorage(app.page);
    await app.renameOpenSop('Belum Tersimpan');
    await expect(app.saveStatus).toHaveAttribute('data-status', 'error');
    await app.page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    // Dismissed: the page stays, with the work.
    expect(app.page.isClosed()).toBe(false);
    await expect(app.sopName).toHaveValue('Belum Tersimpan');

    const calm = new AppPage(await context.newPage());
    await calm.goto();
    await calm.waitSaved();
    let questions = 0;
    calm.page.on('dialog', (dialog) => {
      questions++;
      void dialog.accept();
    });
    await calm.page.close({ runBeforeUnload: true });
    await expect.poll(() => calm.page.isClosed()).toBe(true);
    expect(questions).toBe(0);
  });

  test('asks while another tab’s change is pending as a conflict', async ({ context }) => {
    const a = new AppPage(await context.newPage());
    await a.goto();
    await a.waitSaved();
    const b = new AppPage(await context.newPage());
    await b.goto();
    await b.waitSaved();
    await a.renameOpenSop('Versi A');
    await a.waitSaved();
    await b.renameOpenSop('Versi B');
    await expect(b.saveStatus).toHaveAttribute('data-status', 'conflict');
    const asked: string[] = [];
    b.page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await b.page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
  });

  test('a change typed just before a reload is kept, though the write had no time to finish', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.waitSaved();
    await app.sopName.fill('Diketik Sebelum Muat Ulang');
    await app.reload();
    await expect(app.sopName).toHaveValue('Diketik Sebelum Muat Ulang');
    await expect(app.libraryItems).toHaveCount(1);
  });
});

test.describe('a browser that allows no storage', () => {
  test('the first screen says the work lives only in this tab, and closing asks first', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'indexedDB', { get: refuse });
      Object.defineProperty(window, 'localStorage', { get: refuse });
    });
    const app = new AppPage(await context.newPage());
    await app.goto();
    await expect(app.saveStatus).toHaveAttribute('data-status', 'memory');
    await expect(app.saveStatus).toContainText('Hanya di tab ini');
    await expect(app.saveStatus).not.toContainText('Tersimpan');
    await app.renameOpenSop('Hanya di Memori');
    const asked: string[] = [];
    app.page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await app.page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await context.close();
  });
});

test.describe('the library of an earlier version', () => {
  const legacy = JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/legacy-library.json'), 'utf8'),
  ) as Record<string, string>;

  test('moves from localStorage into IndexedDB once: every SOP, none twice, the broken one set aside', async ({
    page,
  }) => {
    // Written before the app's first start, as the earlier version left it.
    await page.addInitScript((items) => {
      if (sessionStorage.getItem('legacy-planted')) return;
      sessionStorage.setItem('legacy-planted', '1');
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, legacy);
    const app = new AppPage(page);
    await app.goto();
    const names = [
      'Contoh SOP (revisi 3)',
      'Penjualan BMN',
      'Pengelolaan Surat Dinas Keluar melalui PORTAL Pintar',
      'Salinan Contoh',
    ];
    await expect(app.libraryItems).toHaveCount(4);
    expect((await app.libraryNames()).sort()).toEqual([...names].sort());
    // The last opened SOP opens again.
    await expect(app.sopName).toHaveValue('Contoh SOP (revisi 3)');
    await expect(app.errorMessages).toContainText('alir:doc:rusak');
    expect((await storedNames(page)).sort()).toEqual([...names].sort());
    const left = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('alir:doc:')),
    );
    expect(left).toEqual([]);

    await app.reload();
    await expect(app.libraryItems).toHaveCount(4);
    await expect(app.errorMessages).toHaveCount(0);
    await app.libraryItem('Penjualan BMN').click();
    await expect(app.sopName).toHaveValue('Penjualan BMN');
  });

  test('the library panel says whether the browser keeps the library for good', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    const note = page.getByTestId('storage-persistence');
    await expect(note).toBeVisible();
    expect(['granted', 'denied']).toContain(await note.getAttribute('data-state'));
  });
});

test('opening a file while a conflict is pending says why nothing happened', async ({
  context,
}) => {
  const a = new AppPage(await context.newPage());
  await a.goto();
  await a.waitSaved();
  const b = new AppPage(await context.newPage());
  await b.goto();
  await b.waitSaved();
  await a.renameOpenSop('Dari A');
  await a.waitSaved();
  await expect(b.page.getByTestId('conflict-message')).toBeVisible();
  const before = await b.sopName.inputValue();
  const file = readFileSync(join(process.cwd(), 'tests/fixtures/sop-009.sop.json'), 'utf8');
  await b.openFile(jsonFile('sop-009.sop.json', file));
  await expect(b.errorMessages.filter({ hasText: 'SOP lain tidak dibuka' })).toBeVisible();
  await expect(b.sopName).toHaveValue(before);
  await expect(b.libraryItems).toHaveCount(1);
  await expect(b.saveStatus).toHaveAttribute('data-status', 'conflict');
});
