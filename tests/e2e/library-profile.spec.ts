import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage, downloadText, jsonFile } from './pages/AppPage';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

test('an office profile: made from one SOP, new SOPs start from it, applied to others with a preview, each undone on its own, shared as a file', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  await app.goto();
  // The sample's identity is the office's: make it the profile.
  await page.getByTestId('profile').click();
  const dialog = page.getByTestId('profile-dialog');
  await expect(dialog).toContainText('Belum ada profil');
  await page.getByTestId('profile-from-open').click();
  const summary = page.getByTestId('profile-summary');
  await expect(summary.locator('[data-field="approver"]')).not.toContainText('(tidak diatur)');
  const unit = (await summary.locator('[data-field="unit"] dd').innerText()).trim();
  expect(unit).not.toBe('');
  await expect(page.getByTestId('profile-open-changes')).toHaveText(
    'SOP yang terbuka sudah sesuai profil.',
  );
  const [profileFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('profile-export').click(),
  ]);
  const profileText = await downloadText(profileFile);
  await page.getByTestId('profile-close').click();

  // A new SOP starts from the profile.
  await app.newSop();
  await expect(app.sopName).toHaveValue('SOP baru');
  await app.showView('identity');
  await expect(page.getByTestId('identity-unit')).toHaveValue(unit);

  // Two SOPs from another office, opened; apply the profile to both after a preview.
  await app.openFile(jsonFile('a.sop.json', fixture('sop-024.sop.json')));
  await app.openFile(jsonFile('b.sop.json', fixture('sop-098.sop.json')));
  await expect(app.libraryItems).toHaveCount(4);
  const a = await app.pinned(app.libraryItems.filter({ hasText: 'SOP-024' }));
  const b = await app.pinned(app.libraryItems.filter({ hasText: 'SOP-098' }));
  await a.getByTestId('library-select').click();
  await b.getByTestId('library-select').click();
  await page.getByTestId('library-apply-profile').click();
  const preview = page.getByTestId('profile-preview');
  await expect(preview.locator('li')).toHaveCount(2);
  await expect(preview).toContainText('Unit');
  await page.getByTestId('profile-apply-confirm').click();
  await expect(page.getByTestId('notice-message')).toContainText('Profil diterapkan ke 2 SOP');
  await expect(a).toContainText(unit);
  await expect(b).toContainText(unit);

  // One of them is taken back on its own: open it, Urungkan.
  await a.locator('.library-item-open-button').click();
  await page.getByTestId('undo').click();
  await expect(a).not.toContainText(unit);
  await expect(b).toContainText(unit);

  // Another unit of the agency starts from the same profile, from the file.
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const elsewhere = new AppPage(await other.newPage());
  await elsewhere.goto();
  await elsewhere.page.getByTestId('profile').click();
  await elsewhere.page
    .getByTestId('profile-import-input')
    .setInputFiles(jsonFile('profil-instansi.json', profileText));
  await expect(elsewhere.page.getByTestId('profile-summary')).toContainText(unit);
  // A broken profile file is refused with its reason, and the profile stays.
  await elsewhere.page
    .getByTestId('profile-import-input')
    .setInputFiles(
      jsonFile('rusak.json', '{"format":"sop-ap-profile","version":1,"profile":{"paper":"A3"}}'),
    );
  await expect(elsewhere.page.getByTestId('profile-message')).toContainText('profile.paper');
  await expect(elsewhere.page.getByTestId('profile-summary')).toContainText(unit);
  await elsewhere.page.getByTestId('profile-close').click();
  await elsewhere.newSop();
  await elsewhere.showView('identity');
  await expect(elsewhere.page.getByTestId('identity-unit')).toHaveValue(unit);
  await other.close();
});
