import { readFile } from 'node:fs/promises';
import { expect, test, type Request } from '@playwright/test';
import { AppPage, jsonFile } from './pages/AppPage';

test('no request leaves the page: only the app itself loads, and nothing is requested after', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const app = new AppPage(page);
  await app.goto();
  // Start-up fetches the sheet's fonts too, so that nothing is left to fetch later.
  await app.waitSheetFonts();
  await page.waitForLoadState('networkidle');
  const duringLoad = requests.map((r) => r.url());
  expect(duringLoad.length).toBeGreaterThan(0);
  expect(duringLoad.filter((url) => new URL(url).origin !== origin)).toEqual([]);

  requests.length = 0;
  // Use the app: every view, a rename, a new SOP, a file, a save, the menus, the language.
  for (const view of ['steps', 'identity', 'sheet', 'diagram'] as const) await app.showView(view);
  await app.renameOpenSop('Tanpa Jaringan');
  await app.newSop();
  await app.openFile(jsonFile('x.sop.json', 'bukan json'));
  await app.saveJson();
  await page.getByTestId('menu-export').click();
  await app.setLanguage('en');
  await app.waitSaved();
  await page.waitForTimeout(500);
  // A download is handed over as a blob: URL inside the page; it never reaches a network.
  const after = requests.map((r) => r.url()).filter((url) => !url.startsWith('blob:'));
  expect(after).toEqual([]);
});

test('the page carries a Content-Security-Policy that allows no connections', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("script-src 'self'");
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});

test('PDF export: the file downloads, and its code loads from the app itself only', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const app = new AppPage(page);
  await app.goto();
  await app.waitSheetFonts();
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByTestId('menu-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // jsPDF is loaded on first use: a script of this app's own origin, nothing elsewhere.
  const elsewhere = requests.filter(
    (url) => !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(elsewhere).toEqual([]);
  // Only code: the fonts arrived at start-up.
  expect(
    requests.filter((url) => !url.startsWith('blob:')).filter((url) => !/\.js$/.test(url)),
  ).toEqual([]);
});
