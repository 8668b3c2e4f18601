import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { flowsByRow } from './pages/savedSop';
import { DiagramPage } from './pages/DiagramPage';

test.use({ viewport: { width: 1600, height: 1000 } });

test('build and edit a diagram with the keyboard only', async ({ page }) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  const keys = page.keyboard;
  await app.goto();
  await app.newSop();
  await diagram.open();
  const selected = page.locator('.diagram-symbol.is-selected');
  const editor = page.getByTestId('in-place-editor');

  // An arrow key selects the first symbol; Enter adds the next step with an arrow from it.
  await keys.press('ArrowDown');
  await expect(selected).toHaveCount(1);
  await keys.press('Enter');
  await expect(diagram.symbols).toHaveCount(2);
  await keys.press('F2');
  await expect(editor).toBeFocused();
  await keys.type('Memeriksa berkas');
  await keys.press('Enter');
  await keys.press('k'); // a decision
  await expect(selected).toHaveAttribute('data-shape', 'decision');
  await keys.press('Control+Enter'); // its first exit: Ya
  await keys.press('F2');
  await expect(editor).toBeFocused();
  await keys.type('Menyetujui');
  await keys.press('Enter');

  // A second actor (the toolbar button, reached by focus), named in place.
  await page.getByTestId('add-actor').focus();
  await keys.press('Enter');
  await expect(editor).toBeFocused();
  await keys.type('Kepala');
  await keys.press('Enter');
  await expect(diagram.laneHeaders).toHaveCount(2);

  // Back to step 3 and into the new lane.
  await keys.press('Escape');
  await keys.press('ArrowDown'); // first symbol
  await keys.press('ArrowDown');
  await keys.press('ArrowDown');
  await keys.press('Alt+ArrowRight');
  // From step 3, Enter adds step 4 (an end) in the same lane.
  await keys.press('Enter');
  await keys.press('t');
  // The decision (step 2) loops back to step 1: C, 1, Enter; its second exit is Tidak.
  await keys.press('ArrowUp');
  await keys.press('ArrowUp');
  await expect(selected).toHaveAttribute('data-shape', 'decision');
  await keys.press('c');
  await expect(page.getByTestId('connect-prompt')).toBeVisible();
  await keys.press('1');
  await keys.press('Enter');
  await expect(page.getByTestId('flow-label')).toHaveText(['Ya', 'Tidak']);

  // Duplicate step 4 (Ctrl+D) and delete the copy; copy step 1 and paste it below step 4.
  await keys.press('ArrowDown');
  await keys.press('ArrowDown');
  await keys.press('Control+d');
  await expect(diagram.rows).toHaveCount(5);
  await keys.press('Delete');
  await expect(diagram.rows).toHaveCount(4);
  await keys.press('ArrowDown'); // nothing selected: the first symbol
  await keys.press('Control+c');
  for (let i = 0; i < 3; i++) await keys.press('ArrowDown');
  await keys.press('Control+v');
  await expect(diagram.rows).toHaveCount(5);

  // The help panel lists the shortcuts.
  await keys.press('?');
  await expect(page.getByTestId('shortcuts-help')).toContainText('F2');
  await keys.press('Escape');
  await expect(page.getByTestId('shortcuts-help')).toHaveCount(0);

  const expected = ['1→2', '2→1 Tidak', '2→3 Ya', '3→4'];
  const sop = await app.savedSop();
  expect(sop.actors.map((a) => a.name)).toEqual(['Pelaksana', 'Kepala']);
  expect(sop.steps.map((s) => s.activity)).toEqual([
    'Mulai',
    'Memeriksa berkas',
    'Menyetujui',
    '',
    'Mulai',
  ]);
  expect(sop.steps.map((s) => s.symbols.map((x) => x.shape).join())).toEqual([
    'terminator',
    'decision',
    'process',
    'terminator',
    'terminator',
  ]);
  const lanes = sop.actors.map((a) => a.id);
  expect(sop.steps.map((s) => lanes.indexOf(s.symbols[0]!.actor))).toEqual([0, 0, 1, 1, 0]);
  expect(flowsByRow(sop)).toEqual(expected);

  await app.reload();
  await diagram.open();
  await expect(diagram.symbols).toHaveCount(5);
  await expect(diagram.flows).toHaveCount(4);
  expect(flowsByRow(await app.savedSop())).toEqual(expected);
});
