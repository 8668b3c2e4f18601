import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage, jsonFile } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

/*
 * The data-loss scenario of the text limit: a user pastes far more than 20,000 characters into
 * a field. Before, the app stored it ("Tersimpan"), then refused its own stored SOP at the next
 * start and quarantined it out of the library. Now the field takes exactly 20,000, says that the
 * rest was not added, the SOP is saved, and after a reload it is in the library and opens.
 *
 * The paste is a real one: the text goes on the system clipboard and Ctrl+V pastes it, so the
 * browser applies the field's maxLength as it would for a user. A synthetic paste event would
 * insert nothing. Playwright's `fill` does stop at maxLength in Chromium (it inserts the text the
 * way an input method does) but sends no paste event, so it would not show what a user sees.
 */

const LIMIT = 20_000;
/** 25,000 characters of ordinary text on one line (no tab or line break: one plain value). */
const PASTED = 'Pasal 12 ayat (3) huruf b peraturan daerah; '.repeat(600).slice(0, 25_000);

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Replaces the field's text by pasting `text` from the system clipboard. */
async function paste(page: Page, field: Locator, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

async function valueLength(field: Locator): Promise<number> {
  return field.evaluate((el) => (el as HTMLInputElement | HTMLTextAreaElement).value.length);
}

/** The field holds exactly the limit, the start of what was pasted, and says so next to it. */
async function expectCut(field: Locator, note: Locator): Promise<void> {
  await expect.poll(() => valueLength(field)).toBe(LIMIT);
  expect(await field.inputValue()).toBe(PASTED.slice(0, LIMIT));
  await expect(note).toBeVisible();
  await expect(note).toHaveText('Batas 20.000 karakter tercapai; sisa teks tidak dimasukkan.');
}

/**
 * After a reload the SOP (by its library id) is still listed, nothing was quarantined, and it
 * opens with the field's 20,000 characters intact.
 */
async function expectSurvivesReload(
  app: AppPage,
  id: string,
  reopen: () => Promise<Locator>,
): Promise<void> {
  await app.waitSaved();
  await app.reload();
  await expect(app.errorMessages).toHaveCount(0); // no "set aside" (quarantine) message
  if (!(await app.page.getByTestId('library-new').isVisible())) {
    await app.page.getByTestId('menu-library').click();
  }
  const item = app.page.locator(`[data-testid="library-item"][data-id="${id}"]`);
  await expect(item).toHaveCount(1);
  await item.locator('.library-item-open-button').click();
  const field = await reopen();
  await expect.poll(() => valueLength(field)).toBe(LIMIT);
  expect(await field.inputValue()).toBe(PASTED.slice(0, LIMIT));
}

/** A new SOP, saved, and its library id. */
async function newSavedSop(app: AppPage): Promise<string> {
  await app.goto();
  if (!(await app.page.getByTestId('library-new').isVisible())) {
    await app.page.getByTestId('menu-library').click();
  }
  const before = await app.libraryItems.count();
  await app.newSop();
  // Opening the new SOP is asynchronous: wait for it, not for the sample's "saved".
  await expect(app.libraryItems).toHaveCount(before + 1);
  await expect(app.sopName).toHaveValue('SOP baru');
  await app.waitSaved();
  const open = app.page.locator('[data-testid="library-item"].library-item-open');
  const id = await open.getAttribute('data-id');
  expect(id).toBeTruthy();
  return id!;
}

test('25,000 characters pasted into the SOP name: 20,000 kept, said, saved, still there after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  const id = await newSavedSop(app);
  await paste(page, app.sopName, PASTED);
  await expectCut(app.sopName, page.locator('.sop-name-box').getByTestId('limit-note'));
  await expectSurvivesReload(app, id, async () => app.sopName);
});

test('25,000 characters pasted into an identity list item: 20,000 kept, said, saved, still there after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  const id = await newSavedSop(app);
  const openItem = async () => {
    await page.getByTestId('view-identity').click();
    return page.getByTestId('identity-list-legalBasis').locator('[data-action="edit"]').first();
  };
  await page.getByTestId('view-identity').click();
  const list = page.getByTestId('identity-list-legalBasis');
  await list.locator('.identity-add').click();
  const item = list.locator('[data-action="edit"]').first();
  await paste(page, item, PASTED);
  await expectCut(item, list.locator('li').first().getByTestId('limit-note'));
  await expectSurvivesReload(app, id, openItem);
});

test('25,000 characters pasted into a step cell: 20,000 kept, said, saved, still there after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  const id = await newSavedSop(app);
  await steps.open();
  const cell = steps.cell(1, 'notes');
  await paste(page, cell, PASTED);
  await expectCut(cell, steps.rows.first().locator('.steps-cell-notes').getByTestId('limit-note'));
  // Still one row: a single long value is the cell's own paste, not rows from a spreadsheet.
  await expect(steps.rows).toHaveCount(1);
  await expectSurvivesReload(app, id, async () => {
    await steps.open();
    return steps.cell(1, 'notes');
  });
});

test('25,000 characters pasted into a sheet column label: 20,000 kept, said, saved, still there after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  const id = await newSavedSop(app);
  const openLabel = async () => {
    await page.getByTestId('view-sheet').click();
    return page.getByTestId('sheet-label-notes');
  };
  const label = await openLabel();
  await paste(page, label, PASTED);
  await expectCut(label, page.locator('.sheet-label-field').getByTestId('limit-note'));
  await expectSurvivesReload(app, id, openLabel);
});

test('typing into a full field adds nothing and says so; deleting a character hides the message', async ({
  page,
}) => {
  const app = new AppPage(page);
  await newSavedSop(app);
  await paste(page, app.sopName, 'a'.repeat(LIMIT));
  await expect.poll(() => valueLength(app.sopName)).toBe(LIMIT);
  const note = page.locator('.sop-name-box').getByTestId('limit-note');
  await expect(note).toHaveCount(0); // exactly the limit: nothing was left out
  await page.keyboard.press('End');
  await page.keyboard.type('bc');
  await expect(note).toBeVisible();
  expect(await valueLength(app.sopName)).toBe(LIMIT);
  await page.keyboard.press('Backspace');
  await expect(note).toHaveCount(0);
  await app.waitSaved();
});

/** A .sop.json of the sample fixture with `count` rows in one lane and no arrows. */
function sopWithSteps(count: number): string {
  const path = fileURLToPath(new URL('../fixtures/sop-009.sop.json', import.meta.url));
  const file = JSON.parse(readFileSync(path, 'utf8')) as { sop: Record<string, unknown> };
  file.sop.actors = [{ id: 'a1', name: 'Pelaksana' }];
  file.sop.steps = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    activity: `Langkah ${i + 1}`,
    requirements: '',
    time: '',
    output: '',
    notes: '',
    symbols: [{ id: `n${i}`, shape: 'process', actor: 'a1' }],
  }));
  file.sop.flows = [];
  return JSON.stringify(file);
}

test('rows pasted past the step limit: the ones that fit are added, the table says how many were not', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.openFile(jsonFile('hampir-penuh.sop.json', sopWithSteps(1998)));
  await steps.open();
  await expect(steps.rows).toHaveCount(1998);
  const rows = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima'].map((a) => `${a}\tPelaksana\tProses`);
  await page.evaluate((t) => navigator.clipboard.writeText(t), rows.join('\r\n'));
  await steps.cell(1998, 'activity').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await steps.confirmPaste();

  await expect(steps.rows).toHaveCount(2000);
  await expect(steps.cell(1999, 'activity')).toHaveValue('Satu');
  await expect(steps.cell(2000, 'activity')).toHaveValue('Dua');
  await expect(page.getByTestId('steps-limit')).toHaveText(
    'Batas 2.000 langkah tercapai; 3 baris yang ditempel tidak ditambahkan.',
  );
  // "+ Langkah" on a full SOP says why nothing happens.
  await steps.addStep.click();
  await expect(steps.rows).toHaveCount(2000);
  await expect(page.getByTestId('steps-limit')).toHaveText(
    'Batas 2.000 langkah tercapai; langkah baru tidak ditambahkan.',
  );
  await app.waitSaved();
  await app.reload();
  await expect(app.errorMessages).toHaveCount(0);
  expect((await app.counts()).steps).toBe(2000);
});
