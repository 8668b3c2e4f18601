import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { stepOf } from './pages/savedSop';
import { DiagramPage } from './pages/DiagramPage';

test.use({ viewport: { width: 1600, height: 1000 } });

test.beforeEach(async ({ page }) => {
  await new AppPage(page).goto();
  const diagram = new DiagramPage(page);
  await diagram.open();
  // These edits reach across the whole table: see all of it, as a user would first.
  await diagram.seeAll();
});

test('move a symbol to another lane, then to another row', async ({ page }) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  const before = await app.savedSop();
  const [n3] = await diagram.symbolsOfRow(3);
  const [n4] = await diagram.symbolsOfRow(4);

  // Same row, lane 1 → lane 4: only its actor changes.
  await diagram.dragSymbol(n3!, await diagram.cell(3, 3));
  await expect(diagram.symbol(n3!)).toHaveAttribute('data-actor-id', before.actors[3]!.id);
  // Into row 8, lane 0: row 4 had no other symbol, so it goes and its text joins row 8's.
  await diagram.dragSymbol(n4!, await diagram.cell(8, 0));
  await expect(diagram.rows).toHaveCount(before.steps.length - 1);

  const after = await app.savedSop();
  expect(stepOf(after, n3!)?.id).toBe(stepOf(before, n3!)?.id);
  expect(stepOf(after, n3!)?.symbols[0]?.actor).toBe(before.actors[3]!.id);
  const row8 = before.steps[7]!;
  expect(stepOf(after, n4!)?.id).toBe(row8.id);
  expect(stepOf(after, n4!)?.symbols.map((s) => s.id)).toEqual([n4, row8.symbols[0]!.id]);
  expect(stepOf(after, n4!)?.activity).toContain(before.steps[3]!.activity);
  // Arrows follow their symbols: none is lost.
  expect(after.flows).toEqual(before.flows);

  await app.reload();
  await diagram.open();
  await diagram.seeAll();
  await expect(diagram.symbol(n3!)).toHaveAttribute('data-actor-id', before.actors[3]!.id);
  await expect(diagram.symbol(n4!)).toHaveAttribute('data-step-id', row8.id);
  await expect(diagram.rows).toHaveCount(before.steps.length - 1);
});

test('reorder steps by dragging their row labels', async ({ page }) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  const before = (await app.savedSop()).steps.map((s) => s.id);
  // Row 1 dropped between rows 3 and 4.
  const row3 = (await diagram.row(3).boundingBox())!;
  await diagram.dragRow(1, row3.y + row3.height * 0.8);
  await expect(diagram.row(3)).toHaveAttribute('data-step-id', before[0]!);
  // Row 10 dropped above row 1.
  const row1 = (await diagram.row(1).boundingBox())!;
  await diagram.dragRow(10, row1.y + row1.height * 0.25);
  await expect(diagram.row(1)).toHaveAttribute('data-step-id', before[9]!);

  const expected = [before[9], before[1], before[2], before[0], ...before.slice(3, 9)];
  expect((await app.savedSop()).steps.map((s) => s.id)).toEqual(expected);
  await app.reload();
  await diagram.open();
  await diagram.seeAll();
  for (let n = 1; n <= 10; n++)
    await expect(diagram.row(n)).toHaveAttribute('data-step-id', expected[n - 1]!);
});

test('rename an actor in place, reorder lanes, delete actors after the question', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  const before = await app.savedSop();

  await diagram.lane(0).dblclick();
  const editor = page.getByTestId('in-place-editor');
  await editor.fill('Pemohon');
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);

  // Lane 0 dragged to the far right of lane 2.
  const lane2 = (await diagram.lane(2).boundingBox())!;
  await diagram.dragLane(0, lane2.x + lane2.width * 0.9);
  await expect(diagram.lane(2)).toHaveAttribute('data-actor-id', before.actors[0]!.id);

  // Kepala BPS (lane 4) holds one symbol: it moves to the first other lane.
  const kepala = before.actors[4]!;
  const kepalaSymbols = before.steps.flatMap((s) => s.symbols).filter((s) => s.actor === kepala.id);
  await diagram.lane(4).hover();
  await diagram.lane(4).getByTestId('actor-delete').click();
  await expect(page.getByTestId('actor-delete-count')).toContainText(String(kepalaSymbols.length));
  await page.getByTestId('actor-delete-confirm').click();
  await expect(diagram.laneHeaders).toHaveCount(4);

  // Statistisi (now lane 3) goes with its symbols removed.
  const statistisi = before.actors[3]!;
  const gone = before.steps.flatMap((s) => s.symbols).filter((s) => s.actor === statistisi.id);
  await diagram.lane(3).hover();
  await diagram.lane(3).getByTestId('actor-delete').click();
  await page.getByTestId('actor-delete-remove').check();
  await page.getByTestId('actor-delete-confirm').click();
  await expect(diagram.laneHeaders).toHaveCount(3);

  const after = await app.savedSop();
  expect(after.actors.map((a) => a.name)).toEqual([
    before.actors[1]!.name,
    before.actors[2]!.name,
    'Pemohon',
  ]);
  for (const s of kepalaSymbols)
    expect(stepOf(after, s.id)?.symbols.find((x) => x.id === s.id)?.actor).toBe(
      before.actors[1]!.id,
    );
  for (const s of gone) expect(stepOf(after, s.id)).toBeUndefined();
  expect(after.flows.some((f) => gone.some((s) => s.id === f.from || s.id === f.to))).toBe(false);

  await app.reload();
  await diagram.open();
  await diagram.seeAll();
  await expect(diagram.laneHeaders).toHaveCount(3);
  await expect(diagram.lane(2)).toHaveAttribute('data-actor-id', before.actors[0]!.id);
  expect((await app.savedSop()).actors.map((a) => a.name)).toEqual(after.actors.map((a) => a.name));
});

test('select several by Shift+click and by a box on empty space, then delete them', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  const before = await app.savedSop();
  const [n2] = await diagram.symbolsOfRow(2);
  const [n9] = await diagram.symbolsOfRow(9);
  await diagram.symbol(n2!).click();
  await diagram.symbol(n9!).click({ modifiers: ['Shift'] });
  await expect(page.locator('.diagram-symbol.is-selected')).toHaveCount(2);
  await expect(page.getByTestId('inspector')).toContainText('2');
  await page.keyboard.press('Delete');
  await expect(diagram.rows).toHaveCount(before.steps.length - 2);

  // A box from the empty Kelengkapan side of row 4 across the lanes to the middle of row 5.
  const row4 = (await diagram.row(4).boundingBox())!;
  const row5 = (await diagram.row(5).boundingBox())!;
  const first = (await diagram.lane(0).boundingBox())!;
  const last = (await diagram.lane(4).boundingBox())!;
  const [n4] = await diagram.symbolsOfRow(4);
  const [n5] = await diagram.symbolsOfRow(5);
  await page.mouse.move(last.x + last.width + 30, row4.y + 3);
  await page.mouse.down();
  await page.mouse.move(first.x + 5, row5.y + row5.height - 3, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.diagram-symbol.is-selected')).toHaveCount(2);
  await page.keyboard.press('Backspace');
  await expect(diagram.rows).toHaveCount(before.steps.length - 4);

  const gone = [n2, n9, n4, n5];
  const after = await app.savedSop();
  expect(
    after.steps.flatMap((s) => s.symbols.map((x) => x.id)).filter((id) => gone.includes(id)),
  ).toEqual([]);
  expect(after.flows.some((f) => gone.includes(f.from) || gone.includes(f.to))).toBe(false);
  await app.reload();
  await diagram.open();
  await diagram.seeAll();
  await expect(diagram.rows).toHaveCount(before.steps.length - 4);
  for (const id of gone) await expect(diagram.symbol(id!)).toHaveCount(0);
});
