import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

/*
 * Every kind of change the steps table makes, undone back to the fresh SOP and redone again.
 * Each burst of typing in one cell must be exactly one undo step, so the number of undo steps
 * is counted, not just "until the button greys out".
 */

test('every table edit undoes back to the start and redoes to the end', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  const keys = page.keyboard;
  await app.goto();
  await app.newSop();
  await steps.open();
  await expect(page.getByTestId('undo')).toBeDisabled();
  const startRows = await steps.read();
  const startSop = await app.savedSop();

  // 1: typing over a cell.
  await steps.cell(1, 'activity').focus();
  await keys.press('ControlOrMeta+A');
  await keys.type('Menerima surat');
  // 2: a new row; 3 and 4: typing in two of its cells.
  await steps.addStep.click();
  await keys.type('Memeriksa surat');
  for (let i = 0; i < 4; i++) await keys.press('Tab');
  await keys.type('10 menit');
  // 5 and 6: an actor added, then named.
  await steps.addActor.click();
  await keys.type('Sekretaris');
  // 7 and 8: the row's actor and symbol.
  await steps.cell(2, 'actor').selectOption({ label: 'Sekretaris' });
  await steps.cell(2, 'shape').selectOption('decision');
  // 9: Enter on the last row adds row 3 (the decision's Ya); 10: typing in it.
  await steps.cell(2, 'activity').focus();
  await keys.press('Enter');
  await keys.type('Mengarsipkan');
  // 11: the decision's Tidak goes back to row 1.
  await steps.cell(2, 'next', 1).focus();
  await keys.type('1');
  // 12: two rows pasted below row 3; 13: the last one deleted again.
  await steps.cell(3, 'output').focus();
  await steps.pasteText('Memberi nomor\tSekretaris\nMengirim\tSekretaris');
  await steps.confirmPaste();
  await expect(steps.rows).toHaveCount(5);
  await steps.cell(5, 'notes').focus();
  await keys.press('ControlOrMeta+Delete');
  await expect(steps.rows).toHaveCount(4);

  const endRows = await steps.read();
  expect(endRows.map((r) => [r.activity, r.actors, r.shapes, r.next])).toEqual([
    ['Menerima surat', ['Pelaksana'], ['terminator'], [':2']],
    ['Memeriksa surat', ['Sekretaris'], ['decision'], ['Ya:3', 'Tidak:1']],
    ['Mengarsipkan', ['Sekretaris'], ['process'], [':4']],
    ['Memberi nomor', ['Sekretaris'], ['process'], [':—']],
  ]);
  expect(endRows[1]!.time).toBe('10 menit');
  const endSop = await app.savedSop();

  // Undo: three times with Ctrl+Z from inside a cell, the rest with the button.
  await steps.cell(1, 'notes').focus();
  for (let i = 0; i < 3; i++) await keys.press('ControlOrMeta+Z');
  await expect(steps.rows).toHaveCount(3);
  const undone = 3 + (await app.pressUntilDisabled('undo'));
  expect(undone).toBe(13);
  expect(await steps.read()).toEqual(startRows);
  await expect(steps.actorNames).toHaveCount(1);
  expect(await app.savedSop()).toEqual(startSop);

  // Redo: twice with Ctrl+Y, the rest with the button.
  await steps.cell(1, 'time').focus();
  await keys.press('ControlOrMeta+Y');
  await keys.press('ControlOrMeta+Shift+Z');
  await expect(steps.rows).toHaveCount(2);
  const redone = 2 + (await app.pressUntilDisabled('redo'));
  expect(redone).toBe(13);
  expect(await steps.read()).toEqual(endRows);
  expect(await app.savedSop()).toEqual(endSop);

  // What was redone is what is stored.
  await app.reload();
  await steps.open();
  expect(await steps.read()).toEqual(endRows);
  expect(await app.savedSop()).toEqual(endSop);
});
