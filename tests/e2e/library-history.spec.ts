import { expect, test } from '@playwright/test';
import { AppPage, downloadText } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

test('Riwayat versi: a version saved with a note, the SOP changed, the two compared, the version restored: the old text is back', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitSaved();
  await app.showView('steps');
  const table = new StepsTablePage(page);
  const activity = table.cell(1, 'activity');
  const before = await activity.inputValue();

  await page.getByTestId('menu-file').click();
  await page.getByTestId('history').click();
  await expect(page.getByTestId('history-dialog')).toContainText('Belum ada versi tersimpan');
  await page.getByTestId('history-note').fill('Revisi 2026: sebelum verifikasi');
  await page.getByTestId('history-save').click();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  await expect(page.getByTestId('history-item')).toContainText('Revisi 2026: sebelum verifikasi');
  await page.getByTestId('history-close').click();

  await activity.fill(`${before} dan verifikasi berkas`);
  await activity.press('Tab');
  await app.waitSaved();

  await page.getByTestId('menu-file').click();
  await page.getByTestId('history').click();
  await page.getByTestId('history-pick').first().check();
  await page.getByTestId('history-compare').click();
  const diff = page.getByTestId('history-diff');
  await expect(diff.getByTestId('history-diff-step')).toHaveCount(1);
  await expect(diff.getByTestId('history-diff-step')).toHaveAttribute('data-kind', 'changed');
  await expect(diff.locator('ins')).toHaveText('dan verifikasi berkas');

  await page.getByTestId('history-restore').first().click();
  await expect(activity).toHaveValue(before);
  // Restoring is an edit like any other: Urungkan brings the change back.
  await page.getByTestId('undo').click();
  await expect(activity).toHaveValue(`${before} dan verifikasi berkas`);
  await page.getByTestId('redo').click();
  await expect(activity).toHaveValue(before);

  // The history survives a reload and travels in the library backup.
  await app.waitSaved();
  await app.reload();
  await page.getByTestId('menu-file').click();
  await page.getByTestId('history').click();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  await page.getByTestId('history-close').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('library-export').click(),
  ]);
  const backup = JSON.parse(await downloadText(download)) as { versions: { note: string }[] };
  expect(backup.versions.map((v) => v.note)).toEqual(['Revisi 2026: sebelum verifikasi']);
});

test('an export keeps a version; a changed SOP exported again is offered Tanggal Revisi', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  const exportPdf = async () => {
    await page.getByTestId('menu-export').click();
    await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
  };
  await exportPdf();
  await app.renameOpenSop('Pelayanan Data (revisi)');
  await app.waitSaved();
  await exportPdf();
  const offer = page
    .getByTestId('notice-message')
    .filter({ hasText: 'berubah sejak ekspor terakhir' });
  await expect(offer).toBeVisible();
  await offer.getByTestId('revision-date-set').click();
  await expect(
    page.getByTestId('notice-message').filter({ hasText: 'Tanggal Revisi diisi' }),
  ).toBeVisible();
  await app.showView('identity');
  await expect(page.getByTestId('identity-revisionDate')).not.toHaveValue('');
  await page.getByTestId('menu-file').click();
  await page.getByTestId('history').click();
  await expect(page.locator('[data-testid="history-item"][data-kind="export"]')).toHaveCount(2);
});
