import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { StepsTablePage, type StepsRow } from './pages/StepsTablePage';

/*
 * A whole SOP typed in the steps table with the keyboard alone: three actors, six steps, a
 * decision whose Tidak loops back. Only getting into the table uses the mouse (opening a new
 * SOP and the view); everything after the first focus is key presses.
 */

const EXPECTED: StepsRow[] = [
  {
    number: '1',
    activity: 'Mulai',
    actors: ['Pemohon'],
    shapes: ['terminator'],
    requirements: '',
    time: '',
    output: '',
    notes: '',
    next: [':2'],
  },
  {
    number: '2',
    activity: 'Mengisi formulir permohonan',
    actors: ['Pemohon'],
    shapes: ['process'],
    requirements: 'Formulir, KTP',
    time: '10 menit',
    output: 'Formulir terisi',
    notes: '',
    next: [':3'],
  },
  {
    number: '3',
    activity: 'Memeriksa kelengkapan berkas',
    actors: ['Petugas Loket'],
    shapes: ['process'],
    requirements: '',
    time: '15 menit',
    output: 'Berkas diperiksa',
    notes: '',
    next: [':4'],
  },
  {
    number: '4',
    activity: 'Berkas lengkap?',
    actors: ['Petugas Loket'],
    shapes: ['decision'],
    requirements: '',
    time: '5 menit',
    output: '',
    notes: 'Tidak lengkap:\nkembali ke pemohon',
    next: ['Ya:5', 'Tidak:2'],
  },
  {
    number: '5',
    activity: 'Menandatangani surat keterangan',
    actors: ['Kepala Seksi'],
    shapes: ['process'],
    requirements: '',
    time: '1 hari',
    output: 'Surat keterangan',
    notes: '',
    next: [':6'],
  },
  {
    number: '6',
    activity: 'Selesai',
    actors: ['Pemohon'],
    shapes: ['terminator'],
    requirements: '',
    time: '',
    output: '',
    notes: '',
    next: [':—'],
  },
];

async function tab(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press('Tab');
}

test('a 6-step SOP with 3 actors and a loop is typed with the keyboard alone', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsTablePage(page);
  await app.goto();
  await app.newSop();
  await steps.open();
  await expect(steps.rows).toHaveCount(1);

  const keys = page.keyboard;
  // Actors: rename the default one, add two with "+ Pelaksana" (the new name comes selected).
  await steps.actorNames.first().focus();
  await keys.press('ControlOrMeta+A');
  await keys.type('Pemohon');
  await tab(page);
  await expect(steps.addActor).toBeFocused();
  await keys.press('Enter');
  await keys.type('Petugas Loket');
  await tab(page);
  await keys.press('Enter');
  await keys.type('Kepala Seksi');
  await expect(steps.actorNames).toHaveCount(3);

  // Row 1 is the new SOP's "Mulai": Tab walks into the table, across the row to Lanjut ke.
  await tab(page, 2);
  await expect(steps.cell(1, 'activity')).toBeFocused();
  await tab(page, 7);
  await expect(steps.cell(1, 'next')).toBeFocused();
  await keys.press('Enter'); // last row: a new row, with an arrow from row 1

  // Row 2.
  await expect(steps.cell(2, 'activity')).toBeFocused();
  await keys.type('Mengisi formulir permohonan');
  await tab(page, 3);
  await keys.type('Formulir, KTP');
  await tab(page);
  await keys.type('10 menit');
  await tab(page);
  await keys.type('Formulir terisi');
  await keys.press('Enter');

  // Row 3: another actor, chosen by typing its name on the select.
  await keys.type('Memeriksa kelengkapan berkas');
  await tab(page);
  await keys.type('Petugas');
  await tab(page, 3);
  await keys.type('15 menit');
  await tab(page);
  await keys.type('Berkas diperiksa');
  await keys.press('Enter');

  // Row 4: a decision; Ya will go to the next row, Tidak loops back to step 2.
  await keys.type('Berkas lengkap?');
  await tab(page, 2);
  await keys.type('Kep');
  await expect(steps.cell(4, 'shape')).toHaveValue('decision');
  await tab(page, 2);
  await keys.type('5 menit');
  await tab(page, 2);
  await keys.type('Tidak lengkap:');
  await keys.press('Shift+Enter'); // a line break inside the cell, not a move
  await keys.type('kembali ke pemohon');
  await tab(page, 2);
  await expect(steps.cell(4, 'next', 1)).toBeFocused();
  await keys.type('2');
  await keys.press('Enter');

  // Row 5.
  await keys.type('Menandatangani surat keterangan');
  await tab(page);
  await keys.type('Kepala');
  await tab(page, 3);
  await keys.type('1 hari');
  await tab(page);
  await keys.type('Surat keterangan');
  await keys.press('Enter');

  // Row 6: the end.
  await keys.type('Selesai');
  await tab(page);
  await keys.type('Pemohon');
  await tab(page);
  await keys.type('T');

  expect(await steps.read()).toEqual(EXPECTED);
  // The row being edited is the selected one.
  await expect(steps.rows.nth(5)).toHaveAttribute('aria-selected', 'true');

  // The saved file has what the table shows: the arrows with their Ya/Tidak labels.
  const sop = await app.savedSop();
  expect(sop.actors.map((a) => a.name)).toEqual(['Pemohon', 'Petugas Loket', 'Kepala Seksi']);
  const rowOf = (symbolId: string) =>
    sop.steps.findIndex((s) => s.symbols.some((x) => x.id === symbolId)) + 1;
  expect(sop.flows.map((f) => `${rowOf(f.from)}>${rowOf(f.to)}${f.label}`).sort()).toEqual(
    ['1>2', '2>3', '3>4', '4>2Tidak', '4>5Ya', '5>6'].sort(),
  );

  await app.reload();
  await steps.open();
  expect(await steps.read()).toEqual(EXPECTED);
});
