import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { AppPage, jsonFile } from './pages/AppPage';

const fixture = readFileSync(
  fileURLToPath(new URL('../fixtures/sop-024.sop.json', import.meta.url)),
  'utf8',
);
const sop = (
  JSON.parse(fixture) as {
    sop: { identity: { name: string }; steps: { activity: string }[]; actors: { name: string }[] };
  }
).sop;

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

test('Export → Word downloads the whole SOP: tables of Word text and the flowchart as shapes', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFile(jsonFile('surat.sop.json', fixture));
  await expect(app.sopName).toHaveValue(sop.identity.name);

  await page.getByTestId('menu-export').click();
  await expect(page.getByTestId('export-docx')).toHaveText(/Word \(\.docx\)/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-docx').click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    'SOP-024-17000-2025-Pengelolaan Surat Dinas Keluar melalui PORTAL Pintar.docx',
  );
  const path = test.info().outputPath('sop.docx');
  await download.saveAs(path);
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const body = strFromU8(files['word/document.xml']!);
  // The identity page and the two flowchart pages' worth of tables: here one flowchart page.
  expect(body.match(/<w:tbl>/g)).toHaveLength(2);
  expect(body).toContain('prst="flowChartTerminator"');
  expect(body).toContain('prst="flowChartDecision"');
  expect(body.match(/<wps:wsp>/g)!.length).toBeGreaterThan(sop.steps.length);
  for (const step of sop.steps) expect(body).toContain(xmlText(step.activity));
  for (const actor of sop.actors) expect(body).toContain(xmlText(actor.name));
  // The work is untouched by the export.
  await expect(app.sopName).toHaveValue(sop.identity.name);
});
