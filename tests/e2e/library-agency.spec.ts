import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { AppPage, downloadText, jsonFile } from './pages/AppPage';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

interface Envelope {
  version: number;
  id: string;
  modified: string | null;
  sop: { identity: { name: string }; steps: { activity: string }[] };
}

test.describe('an agency library', () => {
  test('the same file opened twice: replace keeps one entry, keep both gives two named apart', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.waitSaved();
    const saved = JSON.parse(await downloadText(await app.saveJson())) as Envelope;
    expect(saved.version).toBe(2);
    const entryId = await app.libraryItems.first().getAttribute('data-id');
    expect(saved.id).toBe(entryId);

    // A colleague revised it and sent it back.
    const revised: Envelope = {
      ...saved,
      modified: new Date(Date.now() + 60_000).toISOString(),
      sop: { ...saved.sop, identity: { ...saved.sop.identity, name: 'Versi Revisi' } },
    };
    await app.openFile(jsonFile('revisi.sop.json', JSON.stringify(revised)));
    const dialog = page.getByTestId('import-choice');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('import-newer')).toHaveAttribute('data-newer', 'file');
    await expect(dialog).toContainText('Berkas ini lebih baru');
    await page.getByTestId('import-replace').click();
    await expect(dialog).toHaveCount(0);
    await expect(app.libraryItems).toHaveCount(1);
    await expect(app.sopName).toHaveValue('Versi Revisi');

    // Cancel changes nothing.
    await app.openFile(jsonFile('revisi.sop.json', JSON.stringify(revised)));
    await page.getByTestId('import-cancel').click();
    await expect(app.libraryItems).toHaveCount(1);

    await app.openFile(jsonFile('revisi.sop.json', JSON.stringify(revised)));
    await page.getByTestId('import-keep-both').click();
    await expect(app.libraryItems).toHaveCount(2);
    expect((await app.libraryNames()).sort()).toEqual([
      'Versi Revisi',
      'Versi Revisi (dari berkas)',
    ]);
    await expect(app.libraryItem('(dari berkas)')).toHaveClass(/library-item-open/);
    await expect(app.sopName).toHaveValue('Versi Revisi');
    await app.waitSaved();
    await app.reload();
    await expect(app.libraryItems).toHaveCount(2);
  });

  test('a backup imported twice leaves no duplicates', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.openFile(jsonFile('a.sop.json', fixture('sop-024.sop.json')));
    await app.openFile(jsonFile('b.sop.json', fixture('sop-098.sop.json')));
    await expect(app.libraryItems).toHaveCount(3);
    await app.waitSaved();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('library-export').click(),
    ]);
    const backup = await downloadText(download);
    const importBackup = () =>
      page.getByTestId('library-import-input').setInputFiles(jsonFile('cadangan.json', backup));

    await importBackup();
    await expect(page.getByTestId('import-choice')).toContainText(
      '3 SOP dalam cadangan sudah ada di pustaka',
    );
    await page.getByTestId('import-replace').click();
    await expect(page.getByTestId('import-summary')).toHaveText(
      'Cadangan diimpor: 3 diganti dengan versi cadangan.',
    );
    await expect(app.libraryItems).toHaveCount(3);

    await importBackup();
    await page.getByTestId('import-skip').click();
    await expect(page.getByTestId('import-summary').last()).toContainText('3 dilewati');
    await expect(app.libraryItems).toHaveCount(3);
    await app.reload();
    await expect(app.libraryItems).toHaveCount(3);
  });

  test('search finds a SOP by a word of its third step; sort and select several', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    const file = JSON.parse(fixture('sop-024.sop.json')) as Envelope;
    const third = file.sop.steps[2]!.activity;
    file.sop.steps[2]!.activity = `${third} dengan kalibrasi timbangan`;
    await app.openFile(jsonFile('kalibrasi.sop.json', JSON.stringify(file)));
    await app.openFile(jsonFile('lain.sop.json', fixture('sop-098.sop.json')));
    await expect(app.libraryItems).toHaveCount(3);

    const search = page.getByTestId('library-search');
    await search.fill('KALIBRASI');
    await expect(app.libraryItems).toHaveCount(1);
    await expect(app.libraryItems.first()).toContainText(file.sop.identity.name);
    await expect(page.getByTestId('library-count')).toHaveText('1 dari 3');
    await search.fill('tidak-ada-di-mana-pun');
    await expect(page.getByTestId('library-no-match')).toBeVisible();
    await search.press('Escape');
    await expect(app.libraryItems).toHaveCount(3);

    await page.getByTestId('library-sort').selectOption('name');
    const names = await app.libraryNames();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));

    // Click the first, Shift+click the third: three selected.
    await app.libraryItems.nth(0).getByTestId('library-select').click();
    await app.libraryItems
      .nth(2)
      .getByTestId('library-select')
      .click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('library-selection')).toContainText('3 dipilih');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('library-export-selected').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sop-pustaka-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(readFileSync(await download.path()));
    const files = Object.keys(zip);
    expect(files).toHaveLength(9);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith('.sop.json'))).toHaveLength(3);

    // Delete two at once, and take both back with one undo.
    await app.libraryItems.nth(0).getByTestId('library-select').click();
    await expect(page.getByTestId('library-selection')).toContainText('2 dipilih');
    await page.getByTestId('library-delete-selected').click();
    await expect(app.libraryItems).toHaveCount(1);
    await expect(page.getByTestId('delete-toast')).toContainText('2 SOP dihapus');
    await page.getByTestId('delete-undo').click();
    await expect(app.libraryItems).toHaveCount(3);
  });
});
