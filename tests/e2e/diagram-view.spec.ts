import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { DiagramPage } from './pages/DiagramPage';

// The laptop screen the new users tried the canvas on.
test.use({ viewport: { width: 1280, height: 800 } });

/** The screen box of the first table text that contains `text`. */
async function textBox(page: Page, text: string) {
  const box = await page.locator('.diagram-table text', { hasText: text }).first().boundingBox();
  if (!box) throw new Error(`${text} is not on screen`);
  return box;
}

/** What the pointer would hit at a screen point: the dot's side, or another element's class. */
async function hitAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      const el = document.elementFromPoint(px!, py!) as HTMLElement | null;
      if (!el) return 'nothing';
      const handle = el.closest<HTMLElement>('[data-testid="symbol-handle"]');
      return handle ? `handle:${handle.dataset.side}` : String(el.getAttribute('class'));
    },
    [x, y],
  );
}

test('the canvas opens readable: 11 px text, the actor columns in view, nothing over the last row', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  await diagram.open();
  await expect(diagram.symbols).toHaveCount(10);
  // Body text is 11 px or more (a text line's box is a little taller than its font size).
  expect((await textBox(page, 'Mengajukan permohonan')).height).toBeGreaterThanOrEqual(11);
  // Every actor column is in view, left to right, within the canvas.
  const canvas = (await diagram.canvas.boundingBox())!;
  for (let i = 0; i < 5; i++) {
    const lane = (await diagram.lane(i).boundingBox())!;
    expect(lane.x).toBeGreaterThanOrEqual(canvas.x);
    expect(lane.x + lane.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  }
  // The last row is not under a floating control: its cells are the canvas's own.
  const last = (await diagram.row(10).boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  for (let i = 0; i < 5; i++) {
    const cell = await diagram.cell(10, i);
    expect(await hitAt(page, cell.x, cell.y)).not.toMatch(/controls|minimap|panel/);
  }
  expect(await hitAt(page, last.x + 4, last.y + last.height / 2)).not.toMatch(/controls|panel/);
  await page.screenshot({ path: test.info().outputPath('opening-view.png') });
});

test('every dot of a symbol catches the pointer over 16 px, and its middle is left to drag it by', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  await diagram.open();
  const [id] = await diagram.symbolsOfRow(2);
  const box = (await diagram.symbol(id!).boundingBox())!;
  await diagram.symbol(id!).hover();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  // Four corners of a 15 px square around each dot: 3.5 px inside the outline, 11.5 px out.
  const squares = {
    top: [cx - 7.5, cx + 7.5].flatMap((x) => [box.y + 3.5, box.y - 11.5].map((y) => [x, y])),
    bottom: [cx - 7.5, cx + 7.5].flatMap((x) => [bottom - 3.5, bottom + 11.5].map((y) => [x, y])),
    left: [cy - 7.5, cy + 7.5].flatMap((y) => [box.x + 3.5, box.x - 11.5].map((x) => [x, y])),
    right: [cy - 7.5, cy + 7.5].flatMap((y) => [right - 3.5, right + 11.5].map((x) => [x, y])),
  };
  for (const [side, points] of Object.entries(squares)) {
    for (const [x, y] of points) expect(await hitAt(page, x!, y!)).toBe(`handle:${side}`);
  }
  // The middle of the symbol is the symbol, to drag it.
  expect(await hitAt(page, cx, cy)).not.toMatch(/^handle/);
});

test('an arrow is drawn from near a dot onto the body of a symbol; one dropped on nothing says so', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  await app.newSop();
  await diagram.open();
  await page.getByTestId('palette-process').click();
  await expect(diagram.symbols).toHaveCount(2);
  const header = (await diagram.laneHeaders.first().boundingBox())!;
  const [first] = await diagram.symbolsOfRow(1);
  const [second] = await diagram.symbolsOfRow(2);
  const from = (await diagram.symbol(first!).boundingBox())!;
  const to = (await diagram.symbol(second!).boundingBox())!;
  const mouse = page.mouse;

  // Let go over empty space (well inside the canvas, which pans when a drag nears its edge):
  // no arrow, and a word on why.
  await diagram.symbol(first!).hover();
  await mouse.move(from.x - 9, from.y + from.height / 2);
  await mouse.down();
  await mouse.move(from.x - 80, from.y + 40, { steps: 6 });
  await mouse.move(from.x - 120, to.y + 60, { steps: 6 });
  await mouse.up();
  await expect(page.getByTestId('connect-missed')).toHaveText(/lepaskan di atas simbol/);
  await expect(diagram.flows).toHaveCount(0);
  await expect(page.getByTestId('connect-missed')).toBeHidden({ timeout: 6000 });

  // Pressed 9 px below the outline (not on the 8 px dot), let go on the middle of the target.
  await diagram.symbol(first!).hover();
  await mouse.move(from.x + from.width / 2 + 5, from.y + from.height + 9);
  await mouse.down();
  await mouse.move(to.x + to.width / 2, to.y - 10, { steps: 6 });
  await mouse.move(to.x + to.width / 2 + 6, to.y + to.height / 2, { steps: 4 });
  await mouse.up();
  await expect(diagram.flows).toHaveCount(1);
  await expect(page.getByTestId('connect-missed')).toHaveCount(0);
  expect((await app.savedSop()).flows).toEqual([
    expect.objectContaining({ from: first, to: second }),
  ]);
  // The view stayed put: the table header is where it was before the arrow.
  expect(await diagram.laneHeaders.first().boundingBox()).toEqual(header);

  // Once more onto the same target: there is already an arrow, and it says so.
  await diagram.symbol(first!).hover();
  await mouse.move(from.x + from.width + 9, from.y + from.height / 2);
  await mouse.down();
  await mouse.move(to.x + to.width + 20, to.y, { steps: 6 });
  await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 4 });
  await mouse.up();
  await expect(page.getByTestId('connect-missed')).toHaveText(/sudah ada panah/);
  await expect(diagram.flows).toHaveCount(1);
});

test('another SOP opens at its own top, wherever the last one was scrolled to', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  await diagram.open();
  const canvas = (await diagram.canvas.boundingBox())!;
  // The table's top edge (the header drawn over the canvas starts there).
  const tableTop = async () => (await page.getByTestId('lane-headers').boundingBox())!.y;
  const rowOneTop = async () => (await diagram.row(1).boundingBox())!.y;
  const openingTop = await tableTop();
  expect(openingTop).toBeGreaterThan(canvas.y);
  const openingRow = await rowOneTop();
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  const lastRowTop = (await diagram.row(10).boundingBox())!.y;
  await page.mouse.wheel(0, 400);
  await expect
    .poll(async () => (await diagram.row(10).boundingBox())?.y ?? 0)
    .toBeLessThan(lastRowTop - 100);

  await app.newSop();
  await expect(diagram.symbols).toHaveCount(1);
  await expect.poll(tableTop).toBeCloseTo(openingTop, 0);

  // Deleting the open SOP opens the other one, also from its top.
  await page.mouse.wheel(0, 300);
  await app.libraryItem('SOP baru').getByTestId('library-delete').click();
  await expect(diagram.symbols).toHaveCount(10);
  await expect.poll(tableTop).toBeCloseTo(openingTop, 0);
  await expect.poll(rowOneTop).toBeCloseTo(openingRow, 0);
});
