import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AppPage } from './pages/AppPage';
import { DiagramPage } from './pages/DiagramPage';
import { StepsTablePage } from './pages/StepsTablePage';

const AGENCY = 'tests/fixtures/xlsx/sop-verifikasi-berita.xlsx';

/** The agency workbook with its flowchart sheet in it twice, as a workbook of two pages' sheets. */
function twoFlowchartSheets(): Buffer {
  const parts = unzipSync(new Uint8Array(readFileSync(AGENCY)));
  parts['xl/worksheets/sheet3.xml'] = parts['xl/worksheets/sheet2.xml']!;
  parts['xl/worksheets/_rels/sheet3.xml.rels'] = parts['xl/worksheets/_rels/sheet2.xml.rels']!;
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  parts['xl/workbook.xml'] = strToU8(
    workbook.replace('</sheets>', '<sheet name="HALAMAN 2" sheetId="99" r:id="rId99"/></sheets>'),
  );
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>',
    ),
  );
  return Buffer.from(zipSync(parts));
}

test('an agency workbook in the official layout opens as a new SOP, with what could not be read listed', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.waitSaved();
  const openName = await app.sopName.inputValue();
  await page.getByTestId('file-import-sheet-input').setInputFiles(AGENCY);

  // The SOP is open already; the report says what was left out and where.
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('import-problem')).toHaveText([
    'E10: kotak teks “TextBox 7” tidak berada di dekat jalan keluar simbol; dilewati.',
    'F13: kotak teks “TextBox 35” tidak berada di dekat jalan keluar simbol; dilewati.',
  ]);
  await report.getByTestId('import-report-close').click();
  await expect(report).toHaveCount(0);

  // The diagram shows its symbols and arrows: 8 shapes and 11 connectors in the workbook's
  // drawing, three pairs of connectors joined through pentagon pairs, so 8 arrows.
  await new DiagramPage(page).seeAll();
  await expect(page.locator('[data-testid="symbol"]')).toHaveCount(8);
  await expect(page.locator('[data-testid="flow"]')).toHaveCount(8);

  // Named from its COVER sheet; the identity fields the COVER names are filled in.
  await expect(app.sopName).toHaveValue('VERIFIKASI BERITA PENCARIAN DAN PERTOLONGAN');
  await expect(app.libraryItems).toHaveCount(2);
  await page.getByTestId('view-identity').click();
  await expect(page.getByTestId('identity-approver-nip')).toHaveValue('197212241998031002');
  await expect(page.getByTestId('identity-unit')).toHaveValue('DIREKTORAT KESIAPSIAGAAN');

  await steps.open();
  const rows = await steps.read();
  expect(rows.map((r) => r.shapes)).toEqual([
    ['terminator'],
    ['process'],
    ['process'],
    ['process'],
    ['process'],
    ['process'],
    ['decision'],
    ['terminator'],
  ]);
  expect(rows[0]!.actors).toEqual(['Petugas Komunikasi']);
  // The loop back through the pentagon pair: the decision goes back to step 5, or on to 8.
  expect(rows[6]!.next.sort()).toEqual(['Tidak:5', 'Ya:8']);

  // The SOP that was open is still in the library as it was.
  await app.libraryItem(openName).click();
  await expect(app.sopName).toHaveValue(openName);
});

test('a workbook with two flowchart sheets asks whether they are one procedure or two', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.waitSaved();
  const file = {
    name: 'dua-lembar.xlsx',
    mimeType: 'application/octet-stream',
    buffer: twoFlowchartSheets(),
  };

  await page.getByTestId('file-import-sheet-input').setInputFiles(file);
  const ask = page.getByTestId('import-sheets-ask');
  await expect(ask).toContainText('berisi 2 lembar bagan alir');
  await ask.getByTestId('import-sheets-join').click();
  await page.getByTestId('import-report-close').click();
  await steps.open();
  expect(await steps.read()).toHaveLength(16);
  await expect(app.libraryItems).toHaveCount(2);

  await page.getByTestId('file-import-sheet-input').setInputFiles(file);
  await page.getByTestId('import-sheets-separate').click();
  await page.getByTestId('import-report-close').click();
  await expect(app.libraryItems).toHaveCount(4);
  await steps.open();
  expect(await steps.read()).toHaveLength(8);
});

test('a workbook Alir exported imports back to the same steps', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'alir-xlsx-'));
  execFileSync('node', [
    '--import',
    'tsx',
    'src/cli/main.ts',
    'render',
    'tests/fixtures/sop-024.sop.json',
    '--format',
    'xlsx',
    '-o',
    dir,
  ]);
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.waitSaved();
  await page.getByTestId('file-import-sheet-input').setInputFiles(join(dir, 'sop-024.xlsx'));
  await expect(app.sopName).toHaveValue('Pengelolaan Surat Dinas Keluar melalui PORTAL Pintar');
  // Nothing left out: no report.
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  await steps.open();
  const rows = await steps.read();
  expect(rows).toHaveLength(11);
  expect(rows[3]!.next.sort()).toEqual(['Tidak:3', 'Ya:5']);
});

test('the Excel template downloads and imports back as an SOP of its example rows', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.waitSaved();
  await page.getByTestId('menu-file').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('file-download-template').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('templat-sop.xlsx');
  const path = test.info().outputPath('templat-sop.xlsx');
  await file.saveAs(path);
  await page.getByTestId('file-import-sheet-input').setInputFiles(path);
  const dialog = page.getByTestId('sheet-import');
  await dialog.getByTestId('paste-preview-apply').click();
  await expect(app.sopName).toHaveValue('templat-sop');
  await steps.open();
  const rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.shapes])).toEqual([
    ['Menerima berkas permohonan', ['terminator']],
    ['Memeriksa kelengkapan berkas', ['decision']],
    ['Mengarsipkan berkas', ['terminator']],
  ]);
  expect(rows[1]!.next.sort()).toEqual(['Tidak:1', 'Ya:3']);
});
