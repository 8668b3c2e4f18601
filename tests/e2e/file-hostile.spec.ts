import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const fixture = readFileSync(
  fileURLToPath(new URL('../fixtures/sop-009.sop.json', import.meta.url)),
  'utf8',
);
const fixtureName = (JSON.parse(fixture) as { sop: { identity: { name: string } } }).sop.identity
  .name;

test.describe('opening files that used to break the reader', () => {
  test('150,000 flows naming no symbol (the old parser overflowed its stack): refused, library unchanged', async ({
    page,
  }) => {
    const file = JSON.parse(fixture) as { sop: { flows: unknown[] } };
    // This made the parser overflow its stack (one error per flow end, spread into push).
    file.sop.flows = Array.from({ length: 150_000 }, (_, i) => ({
      id: `q${i}`,
      from: 'zz',
      to: 'zz',
      label: '',
    }));
    const app = new AppPage(page);
    await app.goto();
    await app.waitSaved();
    const names = await app.libraryNames();
    const open = await app.sopName.inputValue();
    await app.openFile({
      name: 'banyak-panah.sop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(app.errorMessages).toHaveCount(1);
    await expect(app.errorMessages).toContainText('banyak-panah.sop.json');
    // Refused by their count, before each is looked at (the format allows 4,000).
    await expect(app.errorMessages).toContainText(
      'flows: terlalu banyak panah (150000); paling banyak 4000',
    );
    expect(await app.libraryNames()).toEqual(names);
    await expect(app.sopName).toHaveValue(open);
  });

  test('a UTF-16 file with a byte-order mark (as Windows saves "Unicode" text) opens', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    const before = await app.libraryNames();
    await app.openFile({
      name: 'unicode.sop.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture, 'utf16le')]),
    });
    await expect(app.sopName).toHaveValue(fixtureName);
    await expect(app.errorMessages).toHaveCount(0);
    expect((await app.libraryNames()).sort()).toEqual([...before, fixtureName].sort());
  });
});
