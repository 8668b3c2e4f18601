import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

/*
 * axe-core on each of the four views of the sample SOP, in both languages: no serious or
 * critical finding, and the page has its h1. Each finding is printed with the elements it
 * names, so a failure says what to fix.
 */
const grave = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  results.violations
    .filter(
      (v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'page-has-heading-one',
    )
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
for (const language of ['id', 'en'] as const) {
  for (const view of ['diagram', 'steps', 'identity', 'sheet'] as const) {
    test(`the ${view} view (${language}) has no serious or critical axe finding`, async ({
      page,
    }) => {
      const app = new AppPage(page);
      await app.goto();
      if (language === 'en') await app.setLanguage('en');
      await app.showView(view);
      await expect(page.getByTestId('layout-pending')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      expect(grave(await new AxeBuilder({ page }).analyze())).toEqual([]);
    });
  }
}

test('the problems panel, the export menu and a new SOP have no serious or critical axe finding', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await app.newSop();
  await page.getByTestId('problems-toggle').click();
  await expect(page.getByTestId('problems-panel')).toBeVisible();
  await page.getByTestId('menu-export').click();
  await expect(page.getByTestId('export-problems-note')).toBeVisible();
  expect(grave(await new AxeBuilder({ page }).analyze())).toEqual([]);
});
