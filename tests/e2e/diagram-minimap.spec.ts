import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test('the overview map can be hidden from the canvas controls, and stays hidden after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  const map = page.locator('.react-flow__minimap');
  const toggle = page.getByTestId('minimap-toggle');
  await expect(map).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(map).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-label', 'Tampilkan peta kecil');
  await app.reload();
  await expect(page.getByTestId('minimap-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(map).toHaveCount(0);
  await page.getByTestId('minimap-toggle').click();
  await expect(map).toBeVisible();
  await app.reload();
  await expect(map).toBeVisible();
});
