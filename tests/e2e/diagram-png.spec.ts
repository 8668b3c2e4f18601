import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { DiagramPage } from './pages/DiagramPage';

interface Decoded {
  width: number;
  height: number;
  /** Share of pixels that are not white. */
  inked: number;
  /** For each probe path: the share of its sample points with a dark pixel within 1 px. */
  hits: number[];
}

/**
 * Decodes a PNG in the page (an <img> drawn on a canvas) and samples it: no PNG library is
 * installed, and the browser's decoder is the one the user's viewer would match.
 */
async function decode(
  page: Page,
  png: Buffer,
  probes: { x: number; y: number }[][],
): Promise<Decoded> {
  return page.evaluate(
    async ({ base64, probes }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const at = (x: number, y: number) => {
        const i = (Math.round(y) * canvas.width + Math.round(x)) * 4;
        return data[i]! + data[i + 1]! + data[i + 2]!;
      };
      let inked = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! + data[i + 1]! + data[i + 2]! < 740) inked++;
      const dark = (x: number, y: number) => {
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++) if (at(x + dx, y + dy) < 384) return true;
        return false;
      };
      const hits = probes.map((path) => {
        let samples = 0;
        let found = 0;
        for (let k = 1; k < path.length; k++) {
          const a = path[k - 1]!;
          const b = path[k]!;
          const steps = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / 2));
          for (let s = 0; s <= steps; s++) {
            samples++;
            if (dark(a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps)) found++;
          }
        }
        return samples === 0 ? 0 : found / samples;
      });
      return { width: canvas.width, height: canvas.height, inked: inked / (data.length / 4), hits };
    },
    { base64: png.toString('base64'), probes },
  );
}

test.use({ viewport: { width: 1400, height: 900 } });

test('PNG export: the whole diagram at slide width, arrows drawn', async ({ page }) => {
  const app = new AppPage(page);
  const diagram = new DiagramPage(page);
  await app.goto();
  await diagram.open();
  const name = await app.sopName.inputValue();
  // Scroll so the top of the page is off screen: the PNG must still have everything.
  await diagram.canvas.hover();
  await page.mouse.wheel(0, 400);

  // A known arrow: the loop back from the second decision (step 6 → step 5), in sheet points.
  const loop = await page.evaluate(() => {
    const flow = [...document.querySelectorAll('[data-testid="flow"]')].find((el) =>
      [...el.querySelectorAll('text')].some((t) => t.textContent === 'Tidak'),
    );
    const line = flow?.querySelectorAll('polyline')[1];
    const viewBox = document.querySelector('.diagram-table')?.getAttribute('viewBox') ?? '';
    const pageWidth = Number(viewBox.split(' ')[2]);
    const points = (line?.getAttribute('points') ?? '')
      .trim()
      .split(/\s+/)
      .map((p) => p.split(',').map(Number) as [number, number]);
    return { points, pageWidth, id: flow?.getAttribute('data-flow-id') };
  });
  expect(loop.points.length).toBeGreaterThanOrEqual(3);

  await page.getByTestId('menu-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${name}.png`);
  await download.saveAs(test.info().outputPath('diagram.png'));
  const png = await readFile(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');

  // Image pixels per sheet point: the picture spans the page's width.
  const probe = (dx: number, dy: number, scale: number) =>
    loop.points.map(([x, y]) => ({ x: x * scale + dx, y: y * scale + dy }));
  const first = await decode(page, png, []);
  const scale = first.width / loop.pageWidth;
  const { width, height, inked, hits } = await decode(page, png, [
    probe(0, 0, scale),
    probe(9, 9, scale),
  ]);
  expect(width).toBeGreaterThanOrEqual(1920);
  expect(height).toBeGreaterThan(width / 3);
  expect(inked).toBeGreaterThan(0.01);
  expect(inked).toBeLessThan(0.5);
  // The arrow is there, all along its route; the same path shifted off it is not.
  expect(hits[0]).toBeGreaterThan(0.9);
  expect(hits[1]).toBeLessThan(0.6);

  // Exporting changes nothing in the document and leaves the canvas as it was.
  await app.reload();
  await diagram.open();
  await expect(diagram.flows).toHaveCount(11);
  await expect(diagram.flow(loop.id!)).toHaveCount(1);
});
