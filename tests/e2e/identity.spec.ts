import { expect, test, type Page } from '@playwright/test';

/** Decoded size of a base64 data URL, as the file format counts it. */
function decodedBytes(dataUrl: string): number {
  const payload = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Buffer.from(payload, 'base64').length;
}

async function openIdentity(page: Page) {
  await page.getByTestId('view-identity').click();
  await expect(page.getByTestId('identity-form')).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

/** A 2000×2000 PNG full of noise (too big to store as it is), drawn in the page's canvas. */
async function bigNoisyPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 2000;
    canvas.height = 2000;
    const ctx = canvas.getContext('2d')!;
    const image = ctx.createImageData(2000, 2000);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      image.data[i] = seed & 255;
      image.data[i + 1] = (seed >> 8) & 255;
      image.data[i + 2] = (seed >> 16) & 255;
      image.data[i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b!), 'image/png'),
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

test('every kind of identity field is edited and survives a reload', async ({ page }) => {
  await page.goto('/');
  await openIdentity(page);
  const form = page.getByTestId('identity-form');

  await form.getByTestId('identity-number').fill('SOP-042/3500/2025');
  await form.getByTestId('identity-unit').fill('BAGIAN UMUM <b>uji</b>');
  await form.getByTestId('identity-name').fill('Pengelolaan Arsip\nInaktif');
  // Dates typed day first, as offices write them, whatever the browser's locale.
  await form.getByTestId('identity-createdDate').fill('02/06/2025');
  await form.getByTestId('identity-effectiveDate').fill('1-7-2025');
  await form.getByTestId('identity-revisionDate').fill('');
  await form.getByTestId('identity-approver-title').fill('Kepala Bagian Umum');
  await form.getByTestId('identity-approver-name').fill('Dra. Siti Aminah, M.Si.');
  await form.getByTestId('identity-approver-nip').fill('197001012000032001');

  // Organization lines: replace whatever the sample has with two lines, Enter adds the second.
  const org = form.getByTestId('identity-list-organization');
  while ((await org.getByRole('button', { name: /^Hapus / }).count()) > 0) {
    await org
      .getByRole('button', { name: /^Hapus / })
      .first()
      .click();
  }
  await org.getByRole('button', { name: /^Tambah butir/ }).click();
  await page.keyboard.type('BADAN PUSAT STATISTIK');
  await page.keyboard.press('Enter');
  await page.keyboard.type('PROVINSI CONTOH');

  // A list: add three items, move the last to the top by keyboard, remove the middle one.
  const legal = form.getByTestId('identity-list-legalBasis');
  const before = await legal.getByRole('listitem').count();
  for (const text of ['UU 1/2020', 'PP 2/2021', 'Permen PAN-RB 35/2012']) {
    await legal.getByRole('button', { name: 'Tambah butir Dasar Hukum' }).click();
    await page.keyboard.type(text);
  }
  const last = before + 3;
  await legal.getByRole('button', { name: `Naikkan Dasar Hukum butir ${last}` }).focus();
  await page.keyboard.press('Enter');
  // Focus follows the item, so the next Enter moves it up again.
  await page.keyboard.press('Enter');
  await legal.getByRole('button', { name: `Hapus Dasar Hukum butir ${last}` }).click();
  const expectedLegal = async () => {
    const items = legal.getByRole('listitem').getByRole('textbox');
    const values = await items.evaluateAll((els) =>
      els.map((e) => (e as HTMLTextAreaElement).value),
    );
    return values.slice(before);
  };
  expect(await expectedLegal()).toEqual(['Permen PAN-RB 35/2012', 'UU 1/2020']);

  // The logo: a 2000×2000 noisy PNG is shrunk to fit 256 KiB.
  const png = await bigNoisyPng(page);
  expect(png.length).toBeGreaterThan(256 * 1024);
  await form
    .getByTestId('identity-logo-input')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  const preview = form.getByTestId('identity-logo-preview');
  await expect(preview).toHaveAttribute('src', /^data:image\/(png|jpeg);base64,/);
  const logo = (await preview.getAttribute('src'))!;
  expect(decodedBytes(logo)).toBeLessThanOrEqual(256 * 1024);
  const size = await preview.evaluate((img: HTMLImageElement) => [
    img.naturalWidth,
    img.naturalHeight,
  ]);
  expect(size[0]).toBeLessThanOrEqual(512);
  expect(size[0]).toBe(size[1]);

  await waitSaved(page);
  await page.reload();
  await openIdentity(page);
  await expect(form.getByTestId('identity-number')).toHaveValue('SOP-042/3500/2025');
  await expect(form.getByTestId('identity-unit')).toHaveValue('BAGIAN UMUM <b>uji</b>');
  await expect(form.getByTestId('identity-name')).toHaveValue('Pengelolaan Arsip\nInaktif');
  await expect(form.getByTestId('identity-createdDate')).toHaveValue('02/06/2025');
  await expect(form.getByTestId('identity-effectiveDate')).toHaveValue('01/07/2025');
  await expect(form.getByTestId('identity-revisionDate')).toHaveValue('');
  await expect(form.getByTestId('identity-approver-title')).toHaveValue('Kepala Bagian Umum');
  await expect(form.getByTestId('identity-approver-name')).toHaveValue('Dra. Siti Aminah, M.Si.');
  await expect(form.getByTestId('identity-approver-nip')).toHaveValue('197001012000032001');
  await expect(org.getByRole('textbox')).toHaveCount(2);
  await expect(org.getByRole('textbox').nth(0)).toHaveValue('BADAN PUSAT STATISTIK');
  await expect(org.getByRole('textbox').nth(1)).toHaveValue('PROVINSI CONTOH');
  expect(await expectedLegal()).toEqual(['Permen PAN-RB 35/2012', 'UU 1/2020']);
  await expect(form.getByTestId('identity-logo-preview')).toHaveAttribute('src', logo);

  // The sheet's identity page shows what the form holds.
  await page.getByTestId('view-sheet').click();
  const identityPage = page.getByTestId('sheet-page').first();
  await expect(identityPage.locator('image')).toHaveAttribute('href', logo);
  // The number once in the identity table, and once in the page footer that names the SOP.
  const footer = identityPage.getByTestId('sheet-page-footer');
  await expect(footer.locator('text', { hasText: 'SOP-042/3500/2025' })).toHaveCount(1);
  await expect(identityPage.locator('text', { hasText: 'SOP-042/3500/2025' })).toHaveCount(2);
  await expect(identityPage.locator('text', { hasText: 'BAGIAN UMUM <b>uji</b>' })).toHaveCount(1);
});

test('a file that is not an image is refused and the old logo is kept', async ({ page }) => {
  await page.goto('/');
  await openIdentity(page);
  const form = page.getByTestId('identity-form');
  const png = await bigNoisyPng(page);
  await form
    .getByTestId('identity-logo-input')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  const preview = form.getByTestId('identity-logo-preview');
  await expect(preview).toHaveAttribute('src', /^data:image\//);
  const logo = await preview.getAttribute('src');

  await form.getByTestId('identity-logo-input').setInputFiles({
    name: 'surat.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('bukan gambar'),
  });
  await expect(form.getByTestId('error-message')).toContainText('surat.txt');
  await expect(form.getByTestId('error-message')).toContainText('bukan gambar PNG atau JPEG');
  await expect(preview).toHaveAttribute('src', logo!);

  // A file that claims to be a PNG but is not one cannot be read.
  await form.getByTestId('identity-logo-input').setInputFiles({
    name: 'rusak.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a png'),
  });
  await expect(form.getByTestId('error-message')).toContainText('rusak.png');
  await expect(preview).toHaveAttribute('src', logo!);
});

test('in a list, Enter starts the next item and Shift+Enter breaks a line within one', async ({
  page,
}) => {
  await page.goto('/');
  await openIdentity(page);
  const form = page.getByTestId('identity-form');
  const warnings = form.getByTestId('identity-list-warnings');
  while ((await warnings.getByRole('button', { name: /^Hapus / }).count()) > 0)
    await warnings
      .getByRole('button', { name: /^Hapus / })
      .first()
      .click();
  const values = () =>
    warnings
      .getByRole('textbox')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

  // Three laws typed one after another, each ended with Enter, are three numbered items.
  await warnings.getByRole('button', { name: /^Tambah butir/ }).click();
  await page.keyboard.type('UU 1/2020');
  await page.keyboard.press('Enter');
  await page.keyboard.type('PP 2/2021');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Permen PAN-RB 35/2012');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('tentang SOP AP');
  expect(await values()).toEqual([
    'UU 1/2020',
    'PP 2/2021',
    'Permen PAN-RB 35/2012\ntentang SOP AP',
  ]);
  await expect(warnings.getByRole('textbox').nth(2)).toBeFocused();

  // Enter in the middle of an item splits it there; the caret starts the new item.
  const second = warnings.getByRole('textbox').nth(1);
  await second.focus();
  await second.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(2, 2));
  await page.keyboard.press('Enter');
  await page.keyboard.type('X');
  expect(await values()).toEqual([
    'UU 1/2020',
    'PP',
    'X 2/2021',
    'Permen PAN-RB 35/2012\ntentang SOP AP',
  ]);

  await waitSaved(page);
  await page.reload();
  await openIdentity(page);
  expect(await values()).toEqual([
    'UU 1/2020',
    'PP',
    'X 2/2021',
    'Permen PAN-RB 35/2012\ntentang SOP AP',
  ]);
});

test.describe('in a browser set to US English', () => {
  test.use({ locale: 'en-US' });

  test('a date is typed and shown dd/mm/yyyy; one that is no date is named and changes nothing', async ({
    page,
  }) => {
    await page.goto('/');
    await openIdentity(page);
    const form = page.getByTestId('identity-form');
    const created = form.getByTestId('identity-createdDate');
    await created.fill('2/6/2025');
    await created.blur();
    await expect(created).toHaveValue('02/06/2025');
    await expect(created).toHaveAttribute('placeholder', 'hh/bb/tttt');

    // 31 February: said when the field is left, and the stored date is kept.
    await created.fill('31/02/2025');
    await created.blur();
    await expect(form.getByRole('alert')).toContainText('Bukan tanggal');
    await expect(created).toHaveAttribute('aria-invalid', 'true');
    await waitSaved(page);
    await page.reload();
    await openIdentity(page);
    await expect(form.getByTestId('identity-createdDate')).toHaveValue('02/06/2025');
    await expect(form.getByRole('alert')).toHaveCount(0);

    // The sheet's identity page prints the date the Indonesian way.
    await page.getByTestId('view-sheet').click();
    await expect(
      page.getByTestId('sheet-page').first().locator('text', { hasText: 'Juni 2025' }),
    ).not.toHaveCount(0);
  });
});
