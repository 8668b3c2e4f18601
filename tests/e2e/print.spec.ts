import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

/*
 * The browser's print dialog cannot be driven from a test: window.print is replaced by one
 * that notes what would be printed (the print copies under <body> and their pages).
 */
async function notePrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: { copies: number; pages: number }[] };
    w.printed = [];
    window.print = () => {
      const copies = document.querySelectorAll('body > .sheet-print');
      w.printed.push({
        copies: copies.length,
        pages: copies[0]?.querySelectorAll('.sheet-print-page').length ?? 0,
      });
    };
  });
}

const printed = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { printed: { copies: number; pages: number }[] }).printed,
  );

test('Cetak and Ctrl+P print the official sheet from every view', async ({ page }) => {
  await notePrints(page);
  const app = new AppPage(page);
  await app.goto();
  await app.showView('sheet');
  await expect(page.getByTestId('sheet-page').first()).toBeVisible();
  await expect(page.getByTestId('layout-pending')).toHaveCount(0);
  const pages = await page.getByTestId('sheet-page').count();
  expect(pages).toBeGreaterThan(1);

  // From the sheet view itself, from the diagram, the steps table and the identity form.
  await page.getByTestId('print').click();
  await expect.poll(() => printed(page)).toHaveLength(1);
  let times = 1;
  for (const view of ['diagram', 'steps', 'identity'] as const) {
    await app.showView(view);
    await page.getByTestId('print').click();
    times++;
    await expect.poll(async () => (await printed(page)).length).toBe(times);
  }
  await app.showView('diagram');
  await page.locator('body').press('ControlOrMeta+p');
  await expect.poll(async () => (await printed(page)).length).toBe(5);
  // Each time one copy of the whole sheet, as many pages as the sheet view shows.
  expect(await printed(page)).toEqual(Array.from({ length: 5 }, () => ({ copies: 1, pages })));
  // The copy laid out for printing goes once the dialog has closed.
  await expect(page.locator('body > .sheet-print')).toHaveCount(0);
  await expect(page.getByTestId('print')).toBeEnabled();
});
