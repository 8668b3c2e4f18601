import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage, jsonFile } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

/* The actors in the steps table: names read in full, deleted from their pill, lined up per symbol. */

function sop314(longName: string): string {
  const file = JSON.parse(readFileSync('tests/fixtures/sop-314.sop.json', 'utf8')) as {
    sop: { identity: { name: string }; actors: { id: string; name: string }[] };
  };
  file.sop.identity.name = 'Pelaksana di tabel';
  file.sop.actors[0]!.name = longName;
  return JSON.stringify(file);
}

test('a long actor name shows in full, its pill deletes it after the question, and a row of two symbols lines up', async ({
  page,
}) => {
  const longName = 'Ketua Unit Pengendalian Gratifikasi Sekretariat Utama Provinsi';
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.openFile(jsonFile('upg.sop.json', sop314(longName)));
  await expect(page.getByTestId('sop-name')).toHaveValue('Pelaksana di tabel');
  await steps.open();

  // The pill shows the start of a long name; the whole of it on hover, and while it is edited.
  const pill = steps.actorNames.first();
  await expect(pill).toHaveAttribute('title', longName);
  const fits = () => pill.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth);
  expect(await fits()).toBe(false);
  await pill.focus();
  expect(await fits()).toBe(true);
  await pill.blur();

  // Step 3 has two symbols (two actors): each one's Pelaksana, Simbol and Lanjut ke start level.
  const row = steps.rows.nth(2);
  const tops = (selector: string) =>
    row
      .locator(selector)
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  const actorTops = await tops('.steps-cell-actor > .steps-wrapsel');
  expect(actorTops).toHaveLength(2);
  // The long name wraps: without lining up, the second shape would sit higher than its actor.
  const firstActorHeight = await row
    .locator('.steps-cell-actor > .steps-wrapsel .steps-wrapsel-text')
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  const shapeTextHeight = await row
    .locator('.steps-cell-shape > .steps-wrapsel .steps-wrapsel-text')
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(firstActorHeight).toBeGreaterThan(shapeTextHeight);
  expect(await tops('.steps-cell-shape > .steps-wrapsel')).toEqual(actorTops);
  expect(await tops('.steps-cell-next > .steps-exits')).toEqual(actorTops);

  // Delete "KPK" from its pill: the same question as on the canvas; its symbols move lanes.
  await expect(steps.actorNames).toHaveCount(3);
  await page.getByRole('button', { name: /^Hapus pelaksana KPK/ }).click();
  const dialog = page.getByTestId('actor-delete-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('actor-delete-count')).not.toHaveText('');
  await page.getByTestId('actor-delete-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(steps.actorNames).toHaveCount(2);
  const actorsUsed = (await steps.read()).flatMap((r) => r.actors);
  expect(actorsUsed).not.toContain('KPK');
  expect(actorsUsed.length).toBeGreaterThan(0);
  // One undo brings the actor back with its symbols.
  await page.getByTestId('undo').click();
  await expect(steps.actorNames).toHaveCount(3);
  expect((await steps.read()).flatMap((r) => r.actors)).toContain('KPK');
  // From the keyboard: Ctrl+Delete in a name asks the same; Escape keeps the actor.
  await steps.actorNames.nth(1).focus();
  await page.keyboard.press('ControlOrMeta+Delete');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(steps.actorNames).toHaveCount(3);
});
