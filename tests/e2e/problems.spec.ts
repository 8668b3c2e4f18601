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

test('a broken flow raises the count, its finding selects the arrow, the intact file brings it down', async ({
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

  await importSop(page, 'sop-024.sop.json');
  await expect(count(page)).toHaveText('0');
  await expect(page.getByTestId('duration-total')).toHaveText('2 jam 45 menit – 5 jam 15 menit');
});
