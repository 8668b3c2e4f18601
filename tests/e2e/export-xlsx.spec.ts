import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { AppPage, jsonFile } from './pages/AppPage';

const fixture = readFileSync(
  fileURLToPath(new URL('../fixtures/sop-009.sop.json', import.meta.url)),
  'utf8',
);
const sop = (
  JSON.parse(fixture) as { sop: { identity: { name: string }; steps: { activity: string }[] } }
).sop;

test('Export → Excel downloads the workbook with the flowchart as drawing shapes', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFile(jsonFile('penjualan.sop.json', fixture));
  await expect(app.sopName).toHaveValue(sop.identity.name);

  await page.getByTestId('menu-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toBe('SOP-009-17000-2025-Penjualan BMN.xlsx');
  const path = test.info().outputPath('sop.xlsx');
  await download.saveAs(path);
  const bytes = new Uint8Array(await readFile(path));
  expect(bytes.length).toBeGreaterThan(1000);
  const files = unzipSync(bytes);
  const drawings = Object.keys(files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
  expect(drawings.length).toBeGreaterThan(0);
  const drawing = drawings.map((f) => strFromU8(files[f]!)).join('');
  expect(drawing).toContain('prst="flowChartTerminator"');
  expect(drawing).toMatch(/<a:stCxn id="\d+" idx="\d"\/>/);
  const strings = strFromU8(files['xl/sharedStrings.xml']!);
  for (const step of sop.steps) expect(strings).toContain(step.activity.replace(/&/g, '&amp;'));
  // The work is untouched by the export.
  await expect(app.sopName).toHaveValue(sop.identity.name);
});
