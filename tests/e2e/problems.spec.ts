import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const FIXTURE = new URL('../fixtures/sop-024.sop.json', import.meta.url);

/** Imports `sop` (changed by `edit`) as a new library entry; the app opens it. */
async function importSop(page: Page, name: string, edit: (sop: SopJson) => void = () => {}) {
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { sop: SopJson };
  edit(file.sop);
  await page.getByTestId('file-open-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
}

interface SopJson {
  identity: { name: string };
  flows: { id: string; from: string; to: string; label: string }[];
}

const count = (page: Page) => page.getByTestId('problems-count');
const problem = (page: Page, code: string) =>
  page.locator(`[data-testid="problem"][data-code="${code}"]`);

test('an emptied identity field is counted, selected from the panel, and fixed', async ({
  page,
}) => {
  await page.goto('/');
  // The sample SOP every new browser starts with is well formed.
  await expect(count(page)).toHaveText('0');

  await page.getByTestId('view-identity').click();
  await page.getByTestId('identity-number').fill('');
  await expect(count(page)).toHaveText('1');

  await page.getByTestId('view-steps').click();
  await page.getByTestId('problems-toggle').click();
  const finding = problem(page, 'identity.no-number');
  await expect(finding).toHaveText('Identitas: Nomor SOP belum diisi.');
  await finding.click();

  // The culprit is selected: the identity form opens with the cursor in Nomor SOP.
  await expect(page.getByTestId('identity-number')).toBeFocused();
  await expect(finding).toHaveAttribute('aria-current', 'true');

  await page.keyboard.type('SOP-001/2025');
  await expect(count(page)).toHaveText('0');
  await expect(page.getByTestId('problems-panel')).toContainText('Tidak ada masalah.');
});

test('a broken flow raises the count, its findings select the arrow and the symbol on the diagram, the intact file brings it down', async ({
  page,
}) => {
  await page.goto('/');
  await importSop(page, 'sop-024.sop.json');
  await expect(count(page)).toHaveText('0');

  // The "Tidak" arrow back loses its label; the arrow out of step 6 is deleted.
  await importSop(page, 'sop-024-rusak.sop.json', (sop) => {
    sop.identity.name = 'Surat Keluar (rusak)';
    sop.flows = sop.flows
      .filter((f) => f.id !== 'f7')
      .map((f) => (f.id === 'f5' ? { ...f, label: '' } : f));
  });
  await expect(count(page)).toHaveText('3');

  await page.getByTestId('problems-toggle').click();
  await expect(page.getByTestId('problem')).toHaveText([
    /Langkah 4: panah keputusan ke langkah 3 belum berlabel/,
    /Langkah 6: proses tidak punya panah keluar/,
    /Langkah 7: simbol ini tidak dapat dicapai dari mulai/,
  ]);
  // No way from start to end any more: the duration cannot be totalled.
  await expect(page.getByTestId('duration-summary')).toContainText(
    'belum ada jalan dari mulai ke selesai',
  );

  const unlabelled = problem(page, 'decision.unlabelled-exit');
  await expect(unlabelled).toHaveAttribute('data-target-id', 'f5');
  await unlabelled.click();
  await expect(unlabelled).toHaveAttribute('aria-current', 'true');
  await expect(problem(page, 'process.no-exit')).not.toHaveAttribute('aria-current', 'true');
  // The diagram (the view open) shows the arrow selected.
  await expect(
    page.locator('.react-flow__edge.selected [data-testid="flow"][data-flow-id="f5"]'),
  ).toHaveCount(1);

  const symbol6 = page.locator('[data-testid="symbol"][data-symbol-id="n6"]');
  await expect(symbol6).not.toHaveClass(/is-selected/);
  await problem(page, 'process.no-exit').click();
  await expect(symbol6).toHaveClass(/is-selected/);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(0);

  // Export still works, and says how many errors remain among the problems.
  const errors = await page.locator('[data-testid="problem"][data-severity="error"]').count();
  await page.getByTestId('menu-export').click();
  await expect(page.getByTestId('export-problems-note')).toContainText(
    `Masih ada ${errors} kesalahan dan ${3 - errors} peringatan`,
  );
  await expect(page.getByTestId('export-pdf')).toBeEnabled();
  await page.keyboard.press('Escape');

  await importSop(page, 'sop-024.sop.json');
  await expect(count(page)).toHaveText('0');
  await expect(page.getByTestId('duration-total')).toHaveText('2 jam 45 menit – 5 jam 15 menit');
});

test('an arrow removed in the steps table is found, selected and put back', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('0');
  await page.getByTestId('view-steps').click();
  const row7 = page.locator('[data-testid="steps-table"] tbody tr[data-step-id]').nth(6);
  const next = row7.locator('select[data-col="next"]');

  // The sample's step 7 goes on to step 8; take the arrow away.
  await next.focus();
  const target = await next.inputValue();
  await next.selectOption('');
  await expect(count(page)).toHaveText('1');

  await page.getByTestId('problems-toggle').click();
  const noExit = problem(page, 'process.no-exit');
  await expect(noExit).toHaveText('Langkah 7: proses tidak punya panah keluar.');
  // Working in the table selects the row being edited; move elsewhere first.
  const row2 = page.locator('[data-testid="steps-table"] tbody tr[data-step-id]').nth(1);
  await row2.locator('[data-col="activity"]').focus();
  await expect(row2).toHaveAttribute('aria-selected', 'true');
  await expect(row7).not.toHaveAttribute('aria-selected', 'true');
  await noExit.click();
  // The symbol is selected; the steps table shows it by selecting its row.
  await expect(row7).toHaveAttribute('aria-selected', 'true');
  await expect(row2).not.toHaveAttribute('aria-selected', 'true');

  await next.focus();
  await next.selectOption(target);
  await expect(count(page)).toHaveText('0');
});

test('a character the sheet fonts lack and a word cut for a narrow column are named before export', async ({
  page,
}) => {
  await page.goto('/');
  await importSop(page, 'sop-024-huruf.sop.json', (sop) => {
    const doc = sop as unknown as {
      steps: { output: string }[];
      actors: { id: string; name: string }[];
    };
    doc.steps[2]!.output = 'Surat 中文 (≤ 3 hari ✓)';
    doc.actors[1]!.name = 'Kepala Subbagian Penatausahaan';
  });
  await page.getByTestId('view-steps').click();
  await page.getByTestId('problems-toggle').click();

  // Only what no font draws is named: ≤ and ✓ print as typed.
  const unprintable = problem(page, 'text.unprintable');
  await expect(unprintable).toHaveText(
    'Langkah 3, kolom Output: karakter “中” (U+4E2D), “文” (U+6587) tidak ada pada huruf lembar SOP ' +
      'dan akan tercetak sebagai kotak kosong. Ganti atau hapus karakter itu.',
  );
  await unprintable.click();
  const row3 = page.locator('[data-testid="steps-table"] tbody tr[data-step-id]').nth(2);
  await expect(row3).toHaveAttribute('aria-selected', 'true');
  // Landscape has room for the long actor name's words.
  await expect(problem(page, 'text.hyphenated')).toHaveCount(0);

  // On portrait paper "Penatausahaan" no longer fits its column: the user is told the way out.
  await page.getByTestId('view-sheet').click();
  await page.getByTestId('sheet-orientation').getByRole('radio').nth(1).check();
  const cut = problem(page, 'text.hyphenated');
  await expect(cut).toHaveText(
    'Nama pelaksana "Kepala Subbagian Penatausahaan": kolom terlalu sempit untuk kata-katanya, ' +
      'sehingga kata dipenggal dengan tanda hubung. Gunakan orientasi lanskap, kertas F4 atau ' +
      'Legal, atau persingkat nama pelaksana.',
  );
  await expect(cut).toHaveAttribute('data-target-kind', 'actor');
  await page.getByTestId('sheet-orientation').getByRole('radio').nth(0).check();
  await expect(problem(page, 'text.hyphenated')).toHaveCount(0);
  await expect(problem(page, 'text.unprintable')).toHaveCount(1);
});
