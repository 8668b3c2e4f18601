import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { DiagramPage } from './pages/DiagramPage';
import { flowsByRow } from './pages/savedSop';
import { StepsTablePage } from './pages/StepsTablePage';

/*
 * The two routes a new user took to build an 8-step leave request with 4 actors and a loop:
 * once in the steps table, once on the canvas with the mouse, on a 1280 x 800 laptop screen
 * at the canvas's opening view. Every action is counted (a click, a key, a text typed, a drag,
 * a scroll),
 * the counts are printed and attached to the report; every mouse connection must succeed.
 */
test.use({ viewport: { width: 1280, height: 800 } });

const ACTORS = ['Pegawai', 'Atasan Langsung', 'Subbagian Kepegawaian', 'Kepala Dinas'];

/** Activity, shape and actor (index into ACTORS) of each step. */
const STEPS: [string, 'terminator' | 'process' | 'decision', number][] = [
  ['Mengajukan permohonan cuti', 'terminator', 0],
  ['Memberi pertimbangan atas permohonan', 'process', 1],
  ['Memverifikasi kelengkapan berkas', 'decision', 2],
  ['Menyiapkan surat izin cuti', 'process', 2],
  ['Menandatangani surat izin cuti', 'process', 3],
  ['Mencatat cuti dalam buku register', 'process', 2],
  ['Menerima surat izin cuti', 'process', 0],
  ['Selesai', 'terminator', 0],
];

/** The arrows, by row: a chain, and the decision's "Tidak" back to the applicant's first step. */
const EXPECTED_FLOWS = ['1→2', '2→3', '3→1 Tidak', '3→4 Ya', '4→5', '5→6', '6→7', '7→8'];

/** Counts what a user does, by kind. */
class Actions {
  clicks = 0;
  /** Keys other than text: Enter, Tab, Ctrl+A and the like. */
  keys = 0;
  /** Texts typed (a name, an activity), and their characters. */
  texts = 0;
  characters = 0;
  drags = 0;
  scrolls = 0;
  constructor(readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }
  async dblclick(target: Locator): Promise<void> {
    this.clicks++;
    await target.dblclick();
  }
  async type(text: string): Promise<void> {
    this.texts++;
    this.characters += [...text].length;
    await this.page.keyboard.type(text);
  }
  async press(key: string): Promise<void> {
    this.keys++;
    await this.page.keyboard.press(key);
  }
  async select(target: Locator, label: string): Promise<void> {
    // Choosing from a list: a click to open it and one to choose.
    this.clicks += 2;
    // The list is filled when the select is pointed at or focused, as a user's first click does.
    await target.focus();
    await target.selectOption({ label });
  }
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    this.drags++;
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 8 });
    await mouse.up();
  }
  async scroll(at: { x: number; y: number }, dy: number): Promise<void> {
    this.scrolls++;
    await this.page.mouse.move(at.x, at.y);
    await this.page.mouse.wheel(0, dy);
  }
  /** Scrolls the canvas (up, down or sideways) until `target` is clear of its edges and header. */
  async scrollIntoView(
    target: Locator,
    canvas: { x: number; y: number; width: number; height: number },
    /** Its row: when it is so far off that it is not drawn, the drawn rows say which way it lies. */
    row: number,
  ): Promise<void> {
    const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    for (let tries = 0; tries < 8; tries++) {
      if ((await target.count()) === 0) {
        const drawn = await this.page
          .getByTestId('row-label')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row-number'))));
        // Its row is drawn but not it: it is off to the side (a lane further right).
        const sideways = drawn.includes(row);
        const way = row < Math.min(...drawn) ? -1 : 1;
        this.scrolls++;
        await this.page.mouse.move(middle.x, middle.y);
        await this.page.mouse.wheel(sideways ? 200 : 0, sideways ? 0 : 200 * way);
        await this.page.waitForTimeout(100);
        continue;
      }
      const box = await target.boundingBox();
      if (!box) throw new Error('not drawn');
      const dy =
        box.y < canvas.y + 110
          ? -200
          : box.y + box.height > canvas.y + canvas.height - 20
            ? 200
            : 0;
      const dx =
        box.x < canvas.x + 20 ? -200 : box.x + box.width > canvas.x + canvas.width - 20 ? 200 : 0;
      if (dx === 0 && dy === 0) return;
      this.scrolls++;
      await this.page.mouse.move(middle.x, middle.y);
      await this.page.mouse.wheel(dx, dy);
      await expect
        .poll(async () => JSON.stringify(await target.boundingBox()))
        .not.toBe(JSON.stringify(box));
    }
  }

  get total(): number {
    return this.clicks + this.keys + this.texts + this.drags + this.scrolls;
  }
  report(route: string): string {
    const line =
      `${route}: ${this.total} actions (${this.clicks} clicks, ${this.keys} keys, ` +
      `${this.texts} texts typed of ${this.characters} characters, ${this.drags} drags, ${this.scrolls} scrolls)`;
    test.info().annotations.push({ type: 'actions', description: line });
    console.log(line);
    return line;
  }
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the canvas route: an 8-step leave request drawn with the mouse at the opening view', async ({
  page,
}) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  const act = new Actions(page);
  await app.goto();
  await act.click(page.getByTestId('library-new'));
  await expect(app.sopName).toHaveValue('SOP baru');
  await act.click(page.getByTestId('view-diagram'));
  await expect(diagram.symbols).toHaveCount(1);

  // The first actor is renamed in place; three more are added, each named as it comes.
  await act.dblclick(diagram.lane(0));
  await expect(page.locator('.in-place-actor')).toBeFocused();
  await act.press('ControlOrMeta+A');
  await act.type(ACTORS[0]!);
  await act.press('Enter');
  for (const name of ACTORS.slice(1)) {
    await act.click(page.getByTestId('add-actor'));
    // The name field opens in the new lane's header once the lane is drawn.
    await expect(page.locator('.in-place-actor')).toBeFocused();
    await act.type(name);
    await act.press('Enter');
  }
  await expect(diagram.laneHeaders).toHaveText(ACTORS.map((name) => new RegExp(`^${name}`)));
  const canvas = (await diagram.canvas.boundingBox())!;

  // Row 1 is the new SOP's start; rows 2-8 are dropped from the palette below the last row,
  // scrolling down first when the last row nears the bottom of the canvas.
  for (const [, shape, lane] of STEPS.slice(1)) {
    let target = await diagram.belowLastRow(lane);
    if (target.y > canvas.y + canvas.height - 60) {
      await act.scroll({ x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 }, 300);
      await expect
        .poll(async () => (await diagram.belowLastRow(lane)).y)
        .toBeLessThan(target.y - 100);
      target = await diagram.belowLastRow(lane);
    }
    const before = await diagram.rows.count();
    await act.drag(await centreOf(page.getByTestId(`palette-${shape}`)), target);
    await expect(diagram.rows).toHaveCount(before + 1);
  }

  // Each activity typed in place: a double-click on its row, the text, Enter.
  for (let row = 1; row <= STEPS.length; row++) {
    const label = diagram.row(row);
    await label.scrollIntoViewIfNeeded();
    await act.dblclick(label);
    await act.press('ControlOrMeta+A');
    await act.type(STEPS[row - 1]![0]);
    await act.press('Enter');
    // The sheet shows it once laid out again (the columns may widen to fit it).
    await expect(
      page.locator('.diagram-table text', { hasText: STEPS[row - 1]![0] }).first(),
    ).toBeVisible();
  }
  await expect(page.getByTestId('layout-pending')).toHaveCount(0);

  // Arrows: from near a dot of one symbol onto the body of the next, each made at the first try.
  const ids = (await app.savedSop()).steps.map((step) => step.symbols[0]!.id);
  const arrows: [number, number][] = [
    [1, 2],
    [2, 3],
    [3, 4],
    [3, 1],
    [4, 5],
    [5, 6],
    [6, 7],
    [7, 8],
  ];
  let connections = 0;
  for (const [from, to] of arrows) {
    const source = diagram.symbol(ids[from - 1]!);
    const target = diagram.symbol(ids[to - 1]!);
    // Both ends in view (a user scrolls to see where an arrow goes).
    await act.scrollIntoView(source, canvas, from);
    await act.scrollIntoView(target, canvas, to);
    await act.scrollIntoView(source, canvas, from);
    const before = await diagram.flows.count();
    await source.hover();
    const box = (await source.boundingBox())!;
    const goal = (await target.boundingBox())!;
    // The dot on the side facing the target, pressed a few pixels off its centre.
    const down = goal.y > box.y + box.height;
    const start = down
      ? { x: box.x + box.width / 2 + 3, y: box.y + box.height + 4 }
      : { x: box.x - 4, y: box.y + box.height / 2 + 2 };
    await act.drag(start, { x: goal.x + goal.width / 2, y: goal.y + goal.height / 2 });
    await expect(diagram.flows).toHaveCount(before + 1);
    await expect(page.getByTestId('connect-missed')).toHaveCount(0);
    connections++;
  }
  expect(connections).toBe(arrows.length);

  const sop = await app.savedSop();
  expect(sop.actors.map((a) => a.name)).toEqual(ACTORS);
  expect(sop.steps.map((s) => s.activity)).toEqual(STEPS.map(([a]) => a));
  expect(sop.steps.map((s) => s.symbols[0]!.shape)).toEqual(STEPS.map(([, s]) => s));
  const lanes = sop.actors.map((a) => a.id);
  expect(sop.steps.map((s) => lanes.indexOf(s.symbols[0]!.actor))).toEqual(
    STEPS.map(([, , lane]) => lane),
  );
  expect(flowsByRow(sop)).toEqual(EXPECTED_FLOWS);
  act.report('canvas route');
  await page.screenshot({ path: test.info().outputPath('canvas-route.png') });
});

test('the table route: the same leave request typed in the steps table', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  const act = new Actions(page);
  await app.goto();
  await act.click(page.getByTestId('library-new'));
  await expect(app.sopName).toHaveValue('SOP baru');
  await act.click(page.getByTestId('view-steps'));
  await expect(steps.rows).toHaveCount(1);

  // Actors: the first renamed, three added with "+ Pelaksana" (the new name comes selected).
  await act.click(steps.actorNames.first());
  await act.press('ControlOrMeta+A');
  await act.type(ACTORS[0]!);
  for (const name of ACTORS.slice(1)) {
    await act.click(steps.addActor);
    await act.type(name);
  }
  await expect(steps.actorNames).toHaveCount(4);

  // Row by row: the activity, the actor and shape where they differ from the new row's.
  for (let row = 1; row <= STEPS.length; row++) {
    const [activity, shape, lane] = STEPS[row - 1]!;
    if (row > 1) {
      await act.click(steps.cell(row - 1, 'activity'));
      await act.press('ControlOrMeta+Enter');
      await expect(steps.rows).toHaveCount(row);
    }
    const cell = steps.cell(row, 'activity');
    if (row === 1) await act.click(cell);
    await expect(cell).toBeFocused();
    await act.press('ControlOrMeta+A');
    await act.type(activity);
    const actor = steps.cell(row, 'actor');
    if ((await actor.locator('option:checked').textContent()) !== ACTORS[lane])
      await act.select(actor, ACTORS[lane]!);
    const shapeSelect = steps.cell(row, 'shape');
    if ((await shapeSelect.inputValue()) !== shape) {
      await act.select(shapeSelect, shapeLabel(shape));
    }
  }
  // The decision's second exit ("Tidak") goes back to row 1.
  const exits = steps.cell(3, 'next', 1);
  await act.select(exits, `1. ${STEPS[0]![0]}`);

  const sop = await app.savedSop();
  expect(sop.actors.map((a) => a.name)).toEqual(ACTORS);
  expect(sop.steps.map((s) => s.activity)).toEqual(STEPS.map(([a]) => a));
  expect(sop.steps.map((s) => s.symbols[0]!.shape)).toEqual(STEPS.map(([, s]) => s));
  expect(flowsByRow(sop)).toEqual(EXPECTED_FLOWS);
  act.report('table route');
});

function shapeLabel(shape: string): string {
  return shape === 'terminator' ? 'Terminator' : shape === 'decision' ? 'Keputusan' : 'Proses';
}
