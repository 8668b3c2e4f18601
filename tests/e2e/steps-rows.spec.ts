import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

/* Rows move with Alt+↑/↓ (their arrows go with them), and go with Ctrl+Delete or the × button. */

/**
 * A new SOP whose "Mulai" is followed by `activities`, one chained row each (pasted, as a
 * user brings rows from a spreadsheet), in the steps table.
 */
async function chainedSop(page: Page, activities: string[]) {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();
  // Edited first: an untouched new SOP would be replaced by the pasted rows.
  await steps.cell(1, 'output').fill('Permohonan');
  await steps.cell(1, 'output').focus();
  await steps.pasteText(activities.map((a) => `${a}\tPelaksana`).join('\n'));
  await steps.confirmPaste();
  await expect(steps.rows).toHaveCount(activities.length + 1);
  return { app, steps };
}

test('rows move, get deleted and the focused row is the selected one', async ({ page }) => {
  const { app, steps } = await chainedSop(page, ['Terima', 'Periksa', 'Catat', 'Arsip']);

  // The focused row is highlighted as the selection.
  await steps.cell(3, 'time').focus();
  await expect(steps.rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(steps.rows.nth(1)).toHaveAttribute('aria-selected', 'false');

  // "Periksa" moves up above "Terima": the numbers in Lanjut ke follow the rows.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(steps.cell(2, 'time')).toBeFocused();
  let rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.next[0]])).toEqual([
    ['Mulai', ':3'],
    ['Periksa', ':4'],
    ['Terima', ':2'],
    ['Catat', ':5'],
    ['Arsip', ':—'],
  ]);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(steps.cell(3, 'activity')).toHaveValue('Periksa');

  // Ctrl+Delete removes the row; the arrow into it now leads where it led (Terima → Catat),
  // and a message says so. The focus stays in the same column below.
  await page.keyboard.press('ControlOrMeta+Delete');
  await expect(steps.rows).toHaveCount(4);
  await expect(steps.cell(3, 'time')).toBeFocused();
  await expect(steps.cell(3, 'activity')).toHaveValue('Catat');
  await expect(page.getByTestId('step-delete-toast')).toHaveText(
    /Langkah 3 dihapus\. Langkah 2 kini menuju langkah 3\./,
  );
  expect((await steps.read()).map((r) => [r.activity, r.next[0]])).toEqual([
    ['Mulai', ':2'],
    ['Terima', ':3'],
    ['Catat', ':4'],
    ['Arsip', ':—'],
  ]);
  // The row button does the same; the last row has nowhere to lead, so nothing is carried.
  await steps.rows.nth(3).hover();
  await steps.rows.nth(3).getByRole('button', { name: 'Hapus langkah 4' }).click();
  await expect(steps.rows).toHaveCount(3);
  await expect(page.getByTestId('step-delete-toast')).toHaveText(/^Langkah 4 dihapus\.Urungkan/);

  rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.next[0]])).toEqual([
    ['Mulai', ':2'],
    ['Terima', ':3'],
    ['Catat', ':—'],
  ]);
  await app.waitSaved();
  await app.reload();
  await steps.open();
  expect(await steps.read()).toEqual(rows);
});

test('deleting a middle step keeps the chain, says so, and the message takes it back', async ({
  page,
}) => {
  const { steps } = await chainedSop(page, ['Terima', 'Periksa', 'Catat', 'Arsip']);
  const chain = (await steps.read()).map((r) => r.next[0]);
  expect(chain).toEqual([':2', ':3', ':4', ':5', ':—']);
  const problemsBefore = (await page.getByTestId('problems-count').textContent()) ?? '';

  await steps.rows.nth(3).hover();
  await steps.rows.nth(3).getByRole('button', { name: 'Hapus langkah 4' }).click();
  const toast = page.getByTestId('step-delete-toast');
  await expect(toast).toContainText('Langkah 4 dihapus. Langkah 3 kini menuju langkah 4.');
  expect((await steps.read()).map((r) => [r.activity, r.next[0]])).toEqual([
    ['Mulai', ':2'],
    ['Terima', ':3'],
    ['Periksa', ':4'],
    ['Arsip', ':—'],
  ]);
  // The deletion leaves no new finding behind (the row's own empty fields go with it):
  // the chain is whole.
  await expect
    .poll(async () => Number(await page.getByTestId('problems-count').textContent()))
    .toBeLessThan(Number(problemsBefore));
  await page.getByTestId('step-delete-undo').click();
  await expect(steps.rows).toHaveCount(5);
  await expect(toast).toHaveCount(0);
  expect((await steps.read()).map((r) => r.next[0])).toEqual(chain);
  expect((await steps.read())[3]!.activity).toBe('Catat');
});

test('a forgotten step goes in anywhere: Ctrl+Enter below, Ctrl+Shift+Enter above, the row menu', async ({
  page,
}) => {
  const { app, steps } = await chainedSop(page, ['Terima', 'Catat']);
  const table = async () => (await steps.read()).map((r) => [r.activity, r.next[0]]);

  // Ctrl+Enter in row 2: a new row 3, chained between Terima and Catat, the caret in it.
  await steps.cell(2, 'time').focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(steps.rows).toHaveCount(4);
  await expect(steps.cell(3, 'activity')).toBeFocused();
  await page.keyboard.type('Periksa');
  expect(await table()).toEqual([
    ['Mulai', ':2'],
    ['Terima', ':3'],
    ['Periksa', ':4'],
    ['Catat', ':—'],
  ]);

  // Ctrl+Shift+Enter in row 2: a new row above it, between Mulai and Terima.
  await steps.cell(2, 'activity').focus();
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(steps.cell(2, 'activity')).toBeFocused();
  await page.keyboard.type('Daftar');
  expect(await table()).toEqual([
    ['Mulai', ':2'],
    ['Daftar', ':3'],
    ['Terima', ':4'],
    ['Periksa', ':5'],
    ['Catat', ':—'],
  ]);

  // Right-click a row: its menu inserts below it, and moves it.
  await steps.rows.nth(4).getByRole('rowheader').click({ button: 'right' });
  await expect(page.getByTestId('row-menu')).toBeVisible();
  await expect(page.getByTestId('row-move-down')).toBeDisabled();
  await page.getByTestId('row-insert-below').click();
  await expect(page.getByTestId('row-menu')).toHaveCount(0);
  await page.keyboard.type('Arsip');
  expect(await table()).toEqual([
    ['Mulai', ':2'],
    ['Daftar', ':3'],
    ['Terima', ':4'],
    ['Periksa', ':5'],
    ['Catat', ':6'],
    ['Arsip', ':—'],
  ]);
  // The ⋯ button opens the same menu; Escape closes it, nothing done.
  await steps.rows.nth(1).hover();
  await steps.rows.nth(1).getByRole('button', { name: 'Tindakan langkah 2' }).click();
  await expect(page.getByTestId('row-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('row-menu')).toHaveCount(0);
  await steps.rows.nth(1).getByRole('button', { name: 'Tindakan langkah 2' }).click();
  await page.getByTestId('row-move-down').click();
  expect((await table()).map(([activity]) => activity)).toEqual([
    'Mulai',
    'Terima',
    'Daftar',
    'Periksa',
    'Catat',
    'Arsip',
  ]);
  // Stored: a reload shows the same rows.
  await app.waitSaved();
  await app.reload();
  await steps.open();
  expect((await steps.read()).map((r) => r.activity)).toEqual([
    'Mulai',
    'Terima',
    'Daftar',
    'Periksa',
    'Catat',
    'Arsip',
  ]);
});

test('a row moves by dragging its number onto another row', async ({ page }) => {
  const { steps } = await chainedSop(page, ['Terima', 'Periksa', 'Catat', 'Arsip']);
  const activities = async () => (await steps.read()).map((r) => r.activity);

  // "Arsip" (row 5) dragged onto the upper half of row 2: it lands above "Terima".
  const number = (row: number) => steps.rows.nth(row - 1).getByRole('rowheader');
  await number(5).dragTo(number(2), { targetPosition: { x: 10, y: 4 } });
  expect(await activities()).toEqual(['Mulai', 'Arsip', 'Terima', 'Periksa', 'Catat']);
  // "Terima" (now row 3) onto the lower half of row 5: it goes last.
  const last = await number(5).boundingBox();
  await number(3).dragTo(number(5), { targetPosition: { x: 10, y: last!.height - 4 } });
  expect(await activities()).toEqual(['Mulai', 'Arsip', 'Periksa', 'Catat', 'Terima']);
  // Its arrows went with it: Terima still leads to Periksa, as before.
  const rows = await steps.read();
  expect(rows[4]!.next[0]).toBe(':3');
  // One undo per move.
  await page.getByTestId('undo').click();
  expect(await activities()).toEqual(['Mulai', 'Arsip', 'Terima', 'Periksa', 'Catat']);
});
