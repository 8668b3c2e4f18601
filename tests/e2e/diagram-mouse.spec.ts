import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { flowsByRow } from './pages/savedSop';
import { DiagramPage } from './pages/DiagramPage';

test.use({ viewport: { width: 1600, height: 1000 } });

test('draw a 6-step SOP with 3 actors and a decision looping back, mouse only', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  await app.newSop();
  await diagram.open();
  await expect(diagram.symbols).toHaveCount(1);

  // Two more actors (the name field that opens is left as it is by clicking away).
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('add-actor').click();
    await diagram.canvas.click({ position: { x: 20, y: 400 } });
  }
  await expect(diagram.laneHeaders).toHaveCount(3);

  // Rows 2-6 from the palette, each dropped below the last row in its lane.
  const plan: [Parameters<DiagramPage['dropFromPalette']>[0], number][] = [
    ['process', 0],
    ['process', 1],
    ['decision', 2],
    ['process', 1],
    ['terminator', 0],
  ];
  for (const [shape, lane] of plan) {
    const before = await diagram.rows.count();
    await diagram.dropFromPalette(shape, await diagram.belowLastRow(lane));
    await expect(diagram.rows).toHaveCount(before + 1);
  }
  const ids: string[] = [];
  for (let row = 1; row <= 6; row++) ids.push((await diagram.symbolsOfRow(row))[0]!);

  // Arrows from handle to symbol: a chain, the decision's Ya onwards and Tidak back to row 2.
  const arrows: [number, number][] = [
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
    [4, 2],
    [5, 6],
  ];
  for (const [from, to] of arrows) {
    const before = await diagram.flows.count();
    await diagram.connect(ids[from - 1]!, ids[to - 1]!);
    await expect(diagram.flows).toHaveCount(before + 1);
  }
  await expect(page.getByTestId('flow-label')).toHaveText(['Ya', 'Tidak']);

  const expected = ['1→2', '2→3', '3→4', '4→2 Tidak', '4→5 Ya', '5→6'];
  const sop = await app.savedSop();
  expect(sop.steps).toHaveLength(6);
  expect(sop.actors).toHaveLength(3);
  expect(sop.steps.map((s) => s.symbols.map((x) => x.shape).join())).toEqual([
    'terminator',
    'process',
    'process',
    'decision',
    'process',
    'terminator',
  ]);
  const lanes = sop.actors.map((a) => a.id);
  expect(sop.steps.map((s) => lanes.indexOf(s.symbols[0]!.actor))).toEqual([0, 0, 1, 2, 1, 0]);
  expect(flowsByRow(sop)).toEqual(expected);

  await app.reload();
  await diagram.open();
  await expect(diagram.symbols).toHaveCount(6);
  await expect(diagram.flows).toHaveCount(6);
  await expect(page.getByTestId('flow-label')).toHaveText(['Ya', 'Tidak']);
  expect(flowsByRow(await app.savedSop())).toEqual(expected);
  await page.screenshot({ path: test.info().outputPath('drawn.png') });
});
