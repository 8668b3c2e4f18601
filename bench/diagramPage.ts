/**
 * What the diagram benchmark measures inside the page, the same way for the app and for
 * the bare React Flow baseline: time to drawn, frame times while dragging, keystroke latency.
 */
import type { Locator, Page } from 'playwright-core';

/** A condition on the page: how many elements match a selector. */
export interface DrawnCheck {
  selector: string;
  atLeast: number;
  atMost?: number;
}

/** Milliseconds from `start()` until every check holds at a frame (the page's CSP forbids eval). */
export async function timeToDrawn(
  page: Page,
  start: () => Promise<unknown>,
  checks: DrawnCheck[],
): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { benchT0: number }).benchT0 = performance.now();
  });
  await start();
  const handle = await page.waitForFunction(
    (all) => {
      const done = all.every(({ selector, atLeast, atMost }) => {
        const n = document.querySelectorAll(selector).length;
        return n >= atLeast && n <= (atMost ?? Infinity);
      });
      return done ? performance.now() - (window as unknown as { benchT0: number }).benchT0 : false;
    },
    checks,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The 95th percentile of a list of numbers. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Frame-to-frame times (ms) while `target` is dragged 240 × 160 px in 80 pointer moves. */
export async function dragFrameTimes(page: Page, target: Locator): Promise<number[]> {
  const box = await target.boundingBox();
  if (!box) throw new Error('drag target not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRecording: boolean };
    w.benchFrames = [];
    w.benchRecording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.benchFrames.push(now - last);
      last = now;
      if (w.benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 80; i++) await page.mouse.move(x + (240 * i) / 80, y + (160 * i) / 80);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRecording: boolean };
    w.benchRecording = false;
    return w.benchFrames;
  });
  // Let go far from where it was: Escape first would not cancel a React Flow drag, so the
  // drop is part of the run but not of the frames measured.
  await page.mouse.up();
  return frames;
}

/** Latency (ms) of each keystroke typed into `field` `delayMs` apart: keydown to the frame after its input. */
export async function keystrokeLatencies(
  page: Page,
  field: Locator,
  text: string,
  delayMs: number,
): Promise<number[]> {
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { benchKeys: number[]; benchKeyT0: number };
    w.benchKeys = [];
    if ((w as unknown as { benchKeysHooked?: boolean }).benchKeysHooked) return;
    (w as unknown as { benchKeysHooked?: boolean }).benchKeysHooked = true;
    document.addEventListener('keydown', () => (w.benchKeyT0 = performance.now()), true);
    document.addEventListener(
      'input',
      () => {
        const t0 = w.benchKeyT0;
        requestAnimationFrame(() => setTimeout(() => w.benchKeys.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await page.keyboard.type(text, { delay: delayMs });
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { benchKeys: number[] }).benchKeys);
}

/**
 * Milliseconds from letting go of a dragged symbol to the canvas showing it in its new cell
 * (the drop is committed, the whole diagram laid out and routed again, and redrawn).
 */
export async function dropToRedrawn(
  page: Page,
  symbolId: string,
  dx: number,
  dy: number,
): Promise<number> {
  const symbol = page.locator(`[data-testid="symbol"][data-symbol-id="${symbolId}"]`);
  const before = `${await symbol.getAttribute('data-step-id')}/${await symbol.getAttribute('data-actor-id')}`;
  const box = await symbol.boundingBox();
  if (!box) throw new Error('drop target not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.evaluate(() => {
    document.addEventListener(
      'pointerup',
      () => ((window as unknown as { benchDrop: number }).benchDrop = performance.now()),
      { capture: true, once: true },
    );
  });
  await page.mouse.up();
  const handle = await page.waitForFunction(
    ({ id, before }) => {
      const el = document.querySelector(`[data-testid="symbol"][data-symbol-id="${id}"]`);
      const now = `${el?.getAttribute('data-step-id')}/${el?.getAttribute('data-actor-id')}`;
      return el && now !== before
        ? performance.now() - (window as unknown as { benchDrop: number }).benchDrop
        : false;
    },
    { id: symbolId, before },
    { polling: 'raf', timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}
