import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

/* The service worker is what these tests are about (the other tests run without one). */
test.use({ serviceWorkers: 'allow' });

async function exportFile(page: Page, testId: 'export-pdf' | 'export-xlsx'): Promise<string> {
  await page.getByTestId('menu-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(testId).click(),
  ]);
  return download.suggestedFilename();
}

test('after one visit the app starts and exports PDF and Excel with no network at all', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.goto();
  const name = await app.sopName.inputValue();
  await app.waitSaved();
  // Installed once every asset is in its cache (installation waits for the precache).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await app.reload();
  await expect(app.sopName).toHaveValue(name);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await exportFile(page, 'export-pdf')).toMatch(/\.pdf$/);
  expect(await exportFile(page, 'export-xlsx')).toMatch(/\.xlsx$/);
  // Every view draws offline too, the sheet with its fonts.
  for (const view of ['steps', 'identity'] as const) await app.showView(view);
  await app.showView('sheet');
  await expect(page.getByTestId('sheet-page').first()).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable: a manifest with a name, a start page and icons', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  // Read from the server as the browser reads it (the page itself may fetch nothing).
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { sizes: string }[];
  };
  expect(manifest.name).toContain('Alir');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** Serves the built app under `/kantor/alir/`, as a static host with the app in a sub-folder. */
async function serveUnderSubPath(): Promise<{ server: Server; url: string }> {
  const root = join(process.cwd(), 'dist');
  const prefix = '/kantor/alir/';
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const rest = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(root, rest));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}${prefix}` };
}

test('the built app works from any sub-path of a static host', async ({ page }) => {
  const { server, url } = await serveUnderSubPath();
  try {
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(r.url());
    });
    await page.goto(url);
    const app = new AppPage(page);
    await expect(app.sopName).toHaveValue(/\S/);
    // The canvas is laid out by its worker, fetched from the same sub-path.
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect(await exportFile(page, 'export-pdf')).toMatch(/\.pdf$/);
    expect(missing).toEqual([]);
  } finally {
    server.close();
  }
});
