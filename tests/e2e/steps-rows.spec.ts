import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

/* Rows move with Alt+↑/↓ (their arrows go with them), and go with Ctrl+Delete or the × button. */

test('rows move, get deleted and the focused row is the selected one', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();
  // Edited first: an untouched new SOP would be replaced by the pasted rows.
  await steps.cell(1, 'output').fill('Permohonan');
  await steps.cell(1, 'output').focus();
  await steps.pasteText(
    'Terima\tPelaksana\nPeriksa\tPelaksana\nCatat\tPelaksana\nArsip\tPelaksana',
  );
  await steps.confirmPaste();
  await expect(steps.rows).toHaveCount(5);

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

  // Ctrl+Delete removes the row and its arrows; the focus stays in the same column below.
  await page.keyboard.press('ControlOrMeta+Delete');
  await expect(steps.rows).toHaveCount(4);
  await expect(steps.cell(3, 'time')).toBeFocused();
  await expect(steps.cell(3, 'activity')).toHaveValue('Catat');
  // The row button does the same.
  await steps.rows.nth(3).hover();
  await steps.rows.nth(3).getByRole('button', { name: 'Hapus langkah 4' }).click();
  await expect(steps.rows).toHaveCount(3);

  rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.next[0]])).toEqual([
    ['Mulai', ':2'],
    ['Terima', ':—'],
    ['Catat', ':—'],
  ]);
  await app.waitSaved();
  await app.reload();
  await steps.open();
  expect(await steps.read()).toEqual(rows);
});
