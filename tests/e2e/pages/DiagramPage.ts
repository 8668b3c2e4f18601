import { expect, type Locator, type Page } from '@playwright/test';

type Shape = 'terminator' | 'process' | 'decision';

/** The diagram view driven like a user: palette drags, symbol drags, arrows from handles. */
export class DiagramPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-diagram').click();
    await expect(this.canvas).toBeVisible();
  }

  /** "Lihat semua": the whole table in view (the canvas opens zoomed in to be readable). */
  async seeAll(): Promise<void> {
    const viewport = this.page.locator('.react-flow__viewport');
    const before = await viewport.getAttribute('style');
    await this.page.getByTestId('diagram-fit').click();
    await expect(viewport).not.toHaveAttribute('style', before ?? '');
  }

  get canvas(): Locator {
    return this.page.getByTestId('diagram-canvas');
  }
  get symbols(): Locator {
    return this.page.getByTestId('symbol');
  }
  get flows(): Locator {
    return this.page.getByTestId('flow');
  }
  get rows(): Locator {
    return this.page.getByTestId('row-label');
  }
  get laneHeaders(): Locator {
    return this.page.getByTestId('lane-header');
  }
  symbol(id: string): Locator {
    return this.page.locator(`[data-testid="symbol"][data-symbol-id="${id}"]`);
  }
  flow(id: string): Locator {
    return this.page.locator(`[data-testid="flow"][data-flow-id="${id}"]`);
  }
  row(number: number): Locator {
    return this.page.locator(`[data-testid="row-label"][data-row-number="${number}"]`);
  }
  lane(index: number): Locator {
    return this.laneHeaders.nth(index);
  }

  /** The symbol ids of row `number`, left to right. */
  async symbolsOfRow(number: number): Promise<string[]> {
    const stepId = await this.row(number).getAttribute('data-step-id');
    return this.page
      .locator(`[data-testid="symbol"][data-step-id="${stepId}"]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol-id') ?? ''));
  }

  private async centre(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The screen point in the middle of the cell (row `number`, lane `laneIndex`). */
  async cell(number: number, laneIndex: number): Promise<{ x: number; y: number }> {
    const lane = await this.centre(this.lane(laneIndex));
    const row = await this.centre(this.row(number));
    return { x: lane.x, y: row.y };
  }

  /** A point in lane `laneIndex`, `below` pixels under the last row. */
  async belowLastRow(laneIndex: number, below = 30): Promise<{ x: number; y: number }> {
    const lane = await this.centre(this.lane(laneIndex));
    const box = await this.rows.last().boundingBox();
    if (!box) throw new Error('no rows on screen');
    return { x: lane.x, y: box.y + box.height + below };
  }

  private async dragTo(
    from: { x: number; y: number },
    to: { x: number; y: number },
  ): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 8 });
    await mouse.up();
  }

  /** Drags a shape from the palette to a screen point. */
  async dropFromPalette(shape: Shape, to: { x: number; y: number }): Promise<void> {
    await this.dragTo(await this.centre(this.page.getByTestId(`palette-${shape}`)), to);
  }

  /** Drags a symbol by its middle to a screen point. */
  async dragSymbol(id: string, to: { x: number; y: number }): Promise<void> {
    await this.dragTo(await this.centre(this.symbol(id)), to);
  }

  /** Drags a row label (its step) so that its middle lands at `y`. */
  async dragRow(number: number, y: number): Promise<void> {
    const from = await this.centre(this.row(number));
    await this.dragTo(from, { x: from.x, y });
  }

  /** Drags a lane header sideways so that its middle lands at `x`. */
  async dragLane(index: number, x: number): Promise<void> {
    const from = await this.centre(this.lane(index));
    await this.dragTo(from, { x, y: from.y });
  }

  /** Draws an arrow from a symbol's bottom dot to the middle of another symbol. */
  async connect(fromId: string, toId: string): Promise<void> {
    await this.symbol(fromId).hover();
    const handle = this.symbol(fromId).locator('[data-testid="symbol-handle"][data-side="bottom"]');
    await this.dragTo(await this.centre(handle), await this.centre(this.symbol(toId)));
  }
}
