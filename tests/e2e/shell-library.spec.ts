import { expect, test } from '@playwright/test';
import { AppPage, downloadText, jsonFile } from './pages/AppPage';
import { appStorage, plantRecord } from './pages/storage';

test.describe('library in this browser', () => {
  test('a first start shows the sample SOP and stores it', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await expect(app.sopName).toHaveValue(/\S/);
    const name = await app.sopName.inputValue();
    await expect(app.libraryItems).toHaveCount(1);
    await expect(app.libraryItems.first()).toContainText(name);
    // The sample is a real procedure, not an empty page.
    const counts = await app.counts();
    expect(counts.steps).toBeGreaterThanOrEqual(8);
    expect(counts.actors).toBeGreaterThanOrEqual(4);
    await app.waitSaved();
    await expect(app.saveStatus).toHaveText(/^Tersimpan \d\d:\d\d$/);
    const stored = await appStorage(page);
    expect(Object.keys(stored).filter((k) => k.startsWith('alir:doc:'))).toHaveLength(1);
  });

  test('create, rename, reload: the new SOP is still there and open', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const sample = await app.sopName.inputValue();
    await app.newSop();
    await expect(app.libraryItems).toHaveCount(2);
    await app.renameOpenSop('Pengelolaan Surat Masuk');
    await expect(app.libraryItem('Pengelolaan Surat Masuk')).toHaveCount(1);
    await app.waitSaved();
    await app.reload();
    await expect(app.sopName).toHaveValue('Pengelolaan Surat Masuk');
    expect((await app.libraryNames()).sort()).toEqual(['Pengelolaan Surat Masuk', sample].sort());
  });

  test('a change made just before leaving the page is kept (saved on page hide, not lost to the debounce)', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.waitSaved();
    await app.sopName.fill('Disimpan Saat Keluar');
    await app.reload();
    await expect(app.sopName).toHaveValue('Disimpan Saat Keluar');
  });

  test('rename from the library list, duplicate, delete and undo the deletion', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    const sample = await app.sopName.inputValue();
    await app.newSop();
    // Pinned by id: while renaming, the item shows a field instead of its name.
    const fresh = await app.pinned(app.libraryItem('SOP baru'));
    await fresh.getByTestId('library-rename').click();
    await fresh.getByTestId('library-rename-input').fill('Arsip Dinamis');
    await fresh.getByTestId('library-rename-input').press('Enter');
    await expect(app.sopName).toHaveValue('Arsip Dinamis');

    await app.libraryItem('Arsip Dinamis').hover();
    await app.libraryItem('Arsip Dinamis').getByTestId('library-duplicate').click();
    await expect(app.libraryItems).toHaveCount(3);
    // The copy is opened and named apart in the library; its Nama SOP is not changed behind the user's back.
    const copy = app.libraryItem('Arsip Dinamis (salinan)');
    await expect(copy).toHaveCount(1);
    await expect(copy).toHaveClass(/library-item-open/);
    await expect(copy.getByTestId('library-item-official')).toHaveText('Nama SOP: Arsip Dinamis');
    await expect(app.sopName).toHaveValue('Arsip Dinamis');

    await app.libraryItem('(salinan)').getByTestId('library-delete').click();
    await expect(app.libraryItems).toHaveCount(2);
    await expect(page.getByTestId('delete-toast')).toContainText('Arsip Dinamis (salinan)');
    await page.getByTestId('delete-undo').click();
    await expect(app.libraryItems).toHaveCount(3);
    await expect(app.libraryItem('Arsip Dinamis (salinan)')).toHaveClass(/library-item-open/);

    await app.libraryItem(sample).locator('.library-item-open-button').click();
    await expect(app.sopName).toHaveValue(sample);
    await app.reload();
    await expect(app.sopName).toHaveValue(sample);
    await expect(app.libraryItems).toHaveCount(3);
  });

  test('undo and redo: buttons and keyboard, but not while typing in a field', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const sample = await app.sopName.inputValue();
    await expect(page.getByTestId('undo')).toBeDisabled();
    await app.renameOpenSop('Nama Kedua');
    await page.getByTestId('undo').click();
    await expect(app.sopName).toHaveValue(sample);
    await page.getByTestId('redo').click();
    await expect(app.sopName).toHaveValue('Nama Kedua');

    await page.locator('.shell-main').click();
    await page.keyboard.press('Control+z');
    await expect(app.sopName).toHaveValue(sample);
    await page.keyboard.press('Control+y');
    await expect(app.sopName).toHaveValue('Nama Kedua');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await expect(app.sopName).toHaveValue('Nama Kedua');

    // In a text field Ctrl+Z is the field's own undo: the document's history is not touched.
    await app.sopName.click();
    await app.sopName.press('End');
    await app.sopName.pressSequentially('X');
    await app.sopName.press('Control+z');
    await expect(page.getByTestId('undo')).toBeEnabled();
    await expect(app.sopName).not.toHaveValue(sample);
  });

  test('a corrupt entry in storage: the app starts, sets it aside and says so', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    const sample = await app.sopName.inputValue();
    await plantRecord(page, 'rusak', '{"alir":1,"revision":2,"savedAt":"x","file":{');
    await app.reload();
    await expect(app.sopName).toHaveValue(sample);
    await expect(app.libraryItems).toHaveCount(1);
    await expect(app.errorMessages).toHaveCount(1);
    await expect(app.errorMessages).toContainText('alir:doc:rusak');
    const stored = await appStorage(page);
    expect(stored['alir:doc:rusak']).toBeUndefined();
    const kept = Object.entries(stored).filter(([k]) => k.startsWith('alir:quarantine:'));
    expect(kept).toEqual([
      [expect.stringContaining('alir:doc:rusak'), '{"alir":1,"revision":2,"savedAt":"x","file":{'],
    ]);
    // Reported once: the next start finds nothing new to set aside.
    await app.reload();
    await expect(app.errorMessages).toHaveCount(0);
  });

  test('library backup: export everything, import it in another browser as new entries', async ({
    page,
    browser,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.newSop();
    await app.renameOpenSop('Cadangan Dua');
    await app.waitSaved();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('library-export').click(),
    ]);
    const backup = JSON.parse(await downloadText(download)) as {
      format: string;
      documents: unknown[];
    };
    expect(backup.format).toBe('sop-ap-library');
    expect(backup.documents).toHaveLength(2);

    const other = await browser.newContext();
    const elsewhere = new AppPage(await other.newPage());
    await elsewhere.goto();
    await elsewhere.page.getByTestId('library-import-input').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect(elsewhere.libraryItems).toHaveCount(3);
    await expect(elsewhere.libraryItem('Cadangan Dua')).toHaveCount(1);
    await expect(elsewhere.page.getByTestId('notice-message')).toContainText(
      'Cadangan diimpor: 2 SOP baru ditambahkan.',
    );
    // A single-SOP file is not a backup: refused with a reason, nothing added.
    await elsewhere.page
      .getByTestId('library-import-input')
      .setInputFiles(jsonFile('satu.sop.json', '{"format":"sop-ap"}'));
    await expect(elsewhere.errorMessages).toHaveCount(1);
    await expect(elsewhere.libraryItems).toHaveCount(3);
    await other.close();
  });
});
