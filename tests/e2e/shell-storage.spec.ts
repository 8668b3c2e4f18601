import { expect, test } from '@playwright/test';
import { AppPage, downloadText } from './pages/AppPage';
import { appStorage, clearLibrary, fillStorage, freeStorage } from './pages/storage';

/*
 * What a user may expect when the browser's storage is full:
 * - within a second of a change the status line and an `error-message` say the work is NOT saved;
 * - the message offers a download, and that file holds the work as it is on screen;
 * - the work stays in the tab; once space is free again the app saves it by itself
 *   (no click needed) within a few seconds, and after a reload the change is there;
 * - if the tab is reloaded while storage is still full, the unsaved change is gone from the
 *   browser, but the downloaded file holds it and opens with it.
 */
// Longer than the sample's name, so the changed document needs more room than the stored one.
const LONG_NAME = 'Perubahan Penting pada Pelayanan Permohonan Data Statistik Terpadu Tahun 2025';

test.describe('storage full', () => {
  test('a change that does not fit: message, download, saved once space is free', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.waitSaved();
    await fillStorage(page);
    await app.renameOpenSop(LONG_NAME);
    await expect(app.saveStatus).toHaveAttribute('data-status', 'error', { timeout: 1000 });
    await expect(app.saveStatus).toContainText('penyimpanan peramban penuh');
    const message = app.errorMessages.filter({ hasText: 'Penyimpanan peramban penuh' });
    await expect(message).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      message.getByTestId('storage-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${LONG_NAME}.sop.json`);
    const file = JSON.parse(await downloadText(download)) as {
      sop: { identity: { name: string } };
    };
    expect(file.sop.identity.name).toBe(LONG_NAME);

    // Still in the tab, and switching to another SOP is refused rather than dropping the work.
    await app.newSop();
    await expect(app.sopName).toHaveValue(LONG_NAME);

    await freeStorage(page);
    await app.waitSaved();
    await expect(app.errorMessages).toHaveCount(0);
    await app.reload();
    await expect(app.sopName).toHaveValue(LONG_NAME);
  });

  test('reloaded while still full: the downloaded copy holds the change', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.waitSaved();
    await fillStorage(page);
    await app.renameOpenSop(`${LONG_NAME} (unduhan)`);
    await expect(app.errorMessages).toHaveCount(1, { timeout: 1000 });
    const download = await Promise.all([
      page.waitForEvent('download'),
      app.errorMessages.getByTestId('storage-download').click(),
    ]).then(([d]) => d);
    const text = await downloadText(download);
    await app.reload();
    await freeStorage(page);
    await app.openFile({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    // The download is the same document as the entry stored before storage filled: newer, so replace it.
    await expect(page.getByTestId('import-newer')).toHaveAttribute('data-newer', 'file');
    await page.getByTestId('import-replace').click();
    await expect(app.sopName).toHaveValue(`${LONG_NAME} (unduhan)`);
    await expect(app.libraryItems).toHaveCount(1);
    await app.waitSaved();
  });

  test('storage already full at start: the sample opens in memory and is stored once space is free', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await page.goto('/');
    await clearLibrary(page);
    await fillStorage(page);
    await app.reload();
    await expect(app.sopName).toHaveValue(/\S/);
    await expect(app.errorMessages).toHaveCount(1);
    await expect(app.saveStatus).toHaveAttribute('data-status', 'error');
    expect(Object.keys(await appStorage(page)).filter((k) => k.startsWith('alir:doc:'))).toEqual(
      [],
    );
    await freeStorage(page);
    await app.waitSaved();
    expect(
      Object.keys(await appStorage(page)).filter((k) => k.startsWith('alir:doc:')),
    ).toHaveLength(1);
  });
});

test.describe('the same SOP in two tabs', () => {
  test('a change in another tab is detected; nothing is overwritten; keep mine as a copy', async ({
    context,
  }) => {
    const a = new AppPage(await context.newPage());
    await a.goto();
    await a.waitSaved();
    const b = new AppPage(await context.newPage());
    await b.goto();
    await expect(b.sopName).toHaveValue(await a.sopName.inputValue());

    await a.renameOpenSop('Versi Tab A');
    await a.waitSaved();
    const conflict = b.page.getByTestId('conflict-message');
    await expect(conflict).toBeVisible();
    await expect(b.saveStatus).toHaveAttribute('data-status', 'conflict');

    // B keeps typing: its work stays on its screen, the stored copy stays A's.
    await b.renameOpenSop('Versi Tab B');
    await b.page.waitForTimeout(800);
    const storedNames = Object.entries(await appStorage(b.page))
      .filter(([k]) => k.startsWith('alir:doc:'))
      .map(
        ([, v]) =>
          (JSON.parse(v) as { file: { sop: { identity: { name: string } } } }).file.sop.identity
            .name,
      );
    expect(storedNames).toEqual(['Versi Tab A']);

    await b.page.getByTestId('conflict-copy').click();
    // The copy is told apart by its library entry; B's Nama SOP is what B typed.
    await expect(b.libraryItem('Versi Tab B (salinan)')).toHaveClass(/library-item-open/);
    await expect(b.sopName).toHaveValue('Versi Tab B');
    await b.waitSaved();
    await expect(a.libraryItems).toHaveCount(2);
    expect((await b.libraryNames()).sort()).toEqual(['Versi Tab A', 'Versi Tab B (salinan)']);
    await expect(a.sopName).toHaveValue('Versi Tab A');
  });

  test('load the other tab’s version', async ({ context }) => {
    const a = new AppPage(await context.newPage());
    await a.goto();
    await a.waitSaved();
    const b = new AppPage(await context.newPage());
    await b.goto();
    await a.renameOpenSop('Dari Tab A');
    await a.waitSaved();
    await b.page.getByTestId('conflict-reload').click();
    await expect(b.sopName).toHaveValue('Dari Tab A');
    await b.waitSaved();
    await expect(b.page.getByTestId('conflict-message')).toHaveCount(0);
  });
});
