import { expect, test } from '@playwright/test';
import { crowdedSop } from '../../src/layout/testing/crowdedSop';
import { AppPage } from './pages/AppPage';
import { DiagramPage } from './pages/DiagramPage';

/**
 * The small valid file that froze the app (121 arrows among 20 steps): it opens, the page
 * keeps answering while the arrows are routed off the main thread, the diagram and the
 * sheet are drawn, and the problems panel names the arrows that could not be routed cleanly.
 */
test('a small file crowded with arrows opens without freezing the page', async ({ page }) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  const doc = crowdedSop(121);
  doc.identity.name = 'Banyak Panah';
  await app.openFile({
    name: 'banyak-panah.sop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'sop-ap', version: 1, sop: doc })),
  });
  await expect(app.sopName).toHaveValue('Banyak Panah');

  // Typing shows at once, whatever the layout is doing.
  await app.showView('identity');
  const number = page.getByTestId('identity-number');
  await number.fill('');
  await number.pressSequentially('SOP-121', { delay: 20 });
  await expect(number).toHaveValue('SOP-121');
  expect(await page.evaluate(() => document.readyState)).toBe('complete');

  // The flows the router drew by a plain path are listed, each on its arrow.
  await page.getByTestId('problems-toggle').click();
  const unclean = page.locator('[data-testid="problem"][data-code="flow.not-routed-cleanly"]');
  await expect(unclean.first()).toBeVisible({ timeout: 30_000 });
  const targets = await unclean.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-target-kind')),
  );
  expect(new Set(targets)).toEqual(new Set(['flow']));
  expect(targets.length).toBeLessThan(doc.flows.length);

  // Both views are drawn, arrows and all.
  await diagram.open();
  await expect(diagram.flows.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('layout-pending')).toHaveCount(0, { timeout: 30_000 });
  await app.showView('sheet');
  await expect(page.getByTestId('sheet-page').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('layout-pending')).toHaveCount(0, { timeout: 30_000 });
});
