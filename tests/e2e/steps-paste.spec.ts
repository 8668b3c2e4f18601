import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { StepsTablePage } from './pages/StepsTablePage';

/*
 * Rows copied from Excel or Word arrive as tab-separated text: a header row, a No column,
 * quoted cells holding line breaks. Pasted into the table they become steps, with actors
 * matched by name (or added) and an arrow from each row to the next.
 */

const FROM_EXCEL = [
  'No\tKegiatan\tPelaksana\tSimbol\tKelengkapan\tWaktu\tOutput\tKeterangan',
  '1\tMenerima surat masuk\tPelaksana\tProses\tSurat\t5 menit\tSurat diterima\t',
  '2\tMencatat di agenda\tPetugas Arsip\tProses\tBuku agenda\t10 menit\tSurat tercatat\t',
  '3\tSurat penting?\tKasubbag Umum\tKeputusan\t\t5 menit\t\t"Penting: rahasia,\nsegera"',
  '4\tMendisposisikan surat\tKasubbag Umum\tProses\tLembar disposisi\t15 menit\tDisposisi\t',
  '5\tSelesai\tPetugas Arsip\tTerminator\t\t\t\t',
].join('\r\n');

test('5 rows pasted from a spreadsheet become steps, arrows and actors', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();

  // A fresh row (it gets an arrow from "Mulai"); pasting into it replaces it by the rows.
  await steps.addStep.click();
  await expect(steps.rows).toHaveCount(2);
  await expect(steps.cell(2, 'activity')).toBeFocused();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), FROM_EXCEL);
  await page.keyboard.press('ControlOrMeta+V');

  await expect(steps.rows).toHaveCount(6);
  const expected = [
    { activity: 'Mulai', actors: ['Pelaksana'], shapes: ['terminator'], next: [':2'] },
    { activity: 'Menerima surat masuk', actors: ['Pelaksana'], shapes: ['process'], next: [':3'] },
    {
      activity: 'Mencatat di agenda',
      actors: ['Petugas Arsip'],
      shapes: ['process'],
      next: [':4'],
    },
    {
      activity: 'Surat penting?',
      actors: ['Kasubbag Umum'],
      shapes: ['decision'],
      next: ['Ya:5', 'Tidak:—'],
    },
    {
      activity: 'Mendisposisikan surat',
      actors: ['Kasubbag Umum'],
      shapes: ['process'],
      next: [':6'],
    },
    { activity: 'Selesai', actors: ['Petugas Arsip'], shapes: ['terminator'], next: [':—'] },
  ];
  const check = async () => {
    const rows = await steps.read();
    expect(
      rows.map(({ activity, actors, shapes, next }) => ({ activity, actors, shapes, next })),
    ).toEqual(expected);
    expect(rows[2]).toMatchObject({ requirements: 'Buku agenda', time: '10 menit' });
    expect(rows[3]!.notes).toBe('Penting: rahasia,\nsegera');
    await expect(steps.actorNames).toHaveCount(3);
  };
  await check();
  // The caret lands on the last pasted row, ready to go on typing.
  await expect(steps.cell(6, 'activity')).toBeFocused();

  // One plain value is an ordinary paste into the cell.
  await steps.cell(5, 'time').fill('');
  await steps.cell(5, 'time').focus();
  await page.evaluate(() => navigator.clipboard.writeText('15 menit'));
  await page.keyboard.press('ControlOrMeta+V');
  await expect(steps.cell(5, 'time')).toHaveValue('15 menit');
  await expect(steps.rows).toHaveCount(6);

  await app.waitSaved();
  await app.reload();
  await steps.open();
  await check();
});

test('a paste event carrying rows (as Word sends it) inserts below the focused row', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();
  // Edited, so the SOP is no longer the untouched placeholder a paste would replace.
  await steps.cell(1, 'output').fill('Permohonan');
  await steps.cell(1, 'output').focus();
  await steps.pasteText('Verifikasi\tVerifikator\nArsipkan\tVerifikator\n');
  // No header: the preview shows where the columns land before anything is inserted.
  await expect(steps.rows).toHaveCount(1);
  await steps.confirmPaste();
  await expect(steps.rows).toHaveCount(3);
  const rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.actors[0], r.next])).toEqual([
    ['Mulai', 'Pelaksana', [':2']],
    ['Verifikasi', 'Verifikator', [':3']],
    ['Arsipkan', 'Verifikator', [':—']],
  ]);
  await app.waitSaved();
  await app.reload();
  await steps.open();
  expect(await steps.read()).toEqual(rows);
});

test('a table with its header, columns in another order, pasted into a new SOP: each cell where it belongs', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();
  const table = [
    'Waktu\tOutput\tUraian Kegiatan\tPelaksana\tPersyaratan/Kelengkapan\tSimbol\tLanjut ke No. (YA)\t(TIDAK)\tNo.',
    '5 menit\tBerkas diterima\tMenerima permohonan\tPetugas Loket\tFormulir\tMulai\t2\t\t1',
    '10 menit\tHasil periksa\tBerkas lengkap?\tVerifikator\tSurat Keputusan lama\tKeputusan\t3\t1\t2',
    '\t\tSelesai\tPetugas Loket\tBuku agenda\tSelesai\t\t\t3',
  ].join('\r\n');
  await steps.cell(1, 'activity').focus();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), table);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(steps.rows).toHaveCount(3);
  const rows = await steps.read();
  expect(
    rows.map(({ activity, actors, shapes, requirements, time, output, next }) => ({
      activity,
      actors,
      shapes,
      requirements,
      time,
      output,
      next,
    })),
  ).toEqual([
    {
      activity: 'Menerima permohonan',
      actors: ['Petugas Loket'],
      shapes: ['terminator'],
      requirements: 'Formulir',
      time: '5 menit',
      output: 'Berkas diterima',
      next: [':2'],
    },
    {
      activity: 'Berkas lengkap?',
      actors: ['Verifikator'],
      shapes: ['decision'],
      requirements: 'Surat Keputusan lama',
      time: '10 menit',
      output: 'Hasil periksa',
      next: ['Ya:3', 'Tidak:1'],
    },
    {
      activity: 'Selesai',
      actors: ['Petugas Loket'],
      shapes: ['terminator'],
      requirements: 'Buku agenda',
      time: '',
      output: '',
      next: [':—'],
    },
  ]);
  // The placeholder "Pelaksana" lane gave way to the table's actors.
  await expect(steps.actorNames).toHaveCount(2);
});

test('rows without a header: the preview shows where the columns land, the user corrects them, then pastes', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();
  await steps.cell(1, 'activity').focus();
  const text = 'Menerima surat\t5 menit\tPetugas Arsip\nMencatat surat\t10 menit\tPetugas Arsip\n';

  // Cancelled: the table stays as it was.
  await steps.pasteText(text);
  const preview = page.getByTestId('paste-preview');
  await expect(preview).toBeVisible();
  await page.getByTestId('paste-preview-cancel').click();
  await expect(preview).toHaveCount(0);
  await expect(steps.rows).toHaveCount(1);
  await expect(steps.cell(1, 'activity')).toHaveValue('Mulai');

  await steps.cell(1, 'activity').focus();
  await steps.pasteText(text);
  const roles = page.getByTestId('paste-preview-role');
  await expect(roles).toHaveCount(3);
  // Proposed in the table's own order: Kegiatan, Pelaksana, Simbol.
  expect(await roles.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))).toEqual([
    'activity',
    'actor',
    'symbol',
  ]);
  await roles.nth(1).selectOption('time');
  await roles.nth(2).selectOption('actor');
  await page.getByTestId('paste-preview-apply').click();
  await expect(steps.rows).toHaveCount(2);
  const rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.time, r.actors])).toEqual([
    ['Menerima surat', '5 menit', ['Petugas Arsip']],
    ['Mencatat surat', '10 menit', ['Petugas Arsip']],
  ]);
});

test('Berkas → Impor dari Excel/CSV: a CSV becomes a new SOP in the library, the open one untouched', async ({
  page,
}) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.waitSaved();
  const openName = await app.sopName.inputValue();
  const csv = [
    'No;Uraian Kegiatan;Pelaksana;Simbol;Persyaratan/Kelengkapan;Waktu;Output;Keterangan',
    '1;Menerima permohonan;Petugas Loket;Mulai;Formulir;5 menit;Berkas;',
    '2;Memeriksa berkas;Verifikator;Proses;Berkas;"10 menit; paling lama";Hasil periksa;Loket 2',
    '3;Selesai;Petugas Loket;Selesai;;;;',
  ].join('\r\n');
  await page.getByTestId('menu-file').click();
  await expect(page.getByTestId('file-import-sheet')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('file-import-sheet-input').setInputFiles({
    name: 'Pelayanan Loket.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const dialog = page.getByTestId('sheet-import');
  await expect(dialog).toBeVisible();
  // Read from the header: the columns are already where they belong.
  expect(
    await dialog
      .getByTestId('paste-preview-role')
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)),
  ).toEqual(['no', 'activity', 'actor', 'symbol', 'requirements', 'time', 'output', 'notes']);
  await dialog.getByTestId('paste-preview-apply').click();
  await expect(dialog).toHaveCount(0);
  await expect(app.sopName).toHaveValue('Pelayanan Loket');
  await expect(app.libraryItems).toHaveCount(2);
  await steps.open();
  const rows = await steps.read();
  expect(rows.map((r) => [r.activity, r.actors, r.shapes, r.time, r.next])).toEqual([
    ['Menerima permohonan', ['Petugas Loket'], ['terminator'], '5 menit', [':2']],
    ['Memeriksa berkas', ['Verifikator'], ['process'], '10 menit; paling lama', [':3']],
    ['Selesai', ['Petugas Loket'], ['terminator'], '', [':—']],
  ]);
  // The SOP that was open is still in the library as it was.
  await app.libraryItem(openName).click();
  await expect(app.sopName).toHaveValue(openName);
});
