import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { AppPage, downloadText, jsonFile } from './pages/AppPage';
import { appStorage } from './pages/storage';

const fixture = readFileSync(
  fileURLToPath(new URL('../fixtures/sop-009.sop.json', import.meta.url)),
  'utf8',
);
const fixtureName = (JSON.parse(fixture) as { sop: { identity: { name: string } } }).sop.identity
  .name;

function withSop(change: (sop: Record<string, unknown>) => void): string {
  const file = JSON.parse(fixture) as { sop: Record<string, unknown> };
  change(file.sop);
  return JSON.stringify(file);
}

test.describe('opening and saving files', () => {
  test('save as JSON, open that file: the same document, found as the one already here', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.openFile(jsonFile('asal.sop.json', fixture));
    await expect(app.sopName).toHaveValue(fixtureName);
    await app.waitSaved();
    const first = await app.saveJson();
    expect(first.suggestedFilename()).toBe(`${fixtureName}.sop.json`);
    const saved = JSON.parse(await downloadText(first)) as Record<string, unknown>;
    // The same document, now in format version 2 with the id of its library entry.
    expect(saved.sop).toEqual(JSON.parse(fixture).sop);
    expect(saved.version).toBe(2);
    const openId = await page
      .locator('[data-testid="library-item"].library-item-open')
      .getAttribute('data-id');
    expect(saved.id).toBe(openId);
    expect(typeof saved.modified).toBe('string');

    // Opened again it is known as the same SOP: asked first; kept both, it is a new entry.
    await app.openFile(jsonFile(first.suggestedFilename(), JSON.stringify(saved)));
    await expect(page.getByTestId('import-newer')).toHaveAttribute('data-newer', 'same');
    await page.getByTestId('import-keep-both').click();
    await expect(app.libraryItems).toHaveCount(3);
    await expect(app.libraryItem(fixtureName)).toHaveCount(2);
    await app.waitSaved();
    const again = JSON.parse(await downloadText(await app.saveJson())) as Record<string, unknown>;
    expect(again.sop).toEqual(saved.sop);
    expect(again.id).not.toBe(saved.id);
  });

  test('dropping a file on the window opens it as a new entry', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const sample = await app.sopName.inputValue();
    await app.dropFile(jsonFile('dijatuhkan.sop.json', fixture));
    await expect(app.sopName).toHaveValue(fixtureName);
    expect((await app.libraryNames()).sort()).toEqual([fixtureName, sample].sort());
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['bukan-json.sop.json', 'ini bukan JSON {', /bukan berkas JSON yang sah/],
    [
      'format-lain.sop.json',
      JSON.stringify({ format: 'bpmn', version: 1, sop: {} }),
      /format 'bpmn' tidak dikenal/,
    ],
    [
      'rujukan-putus.sop.json',
      withSop((sop) => {
        const steps = sop.steps as { symbols: { actor: string }[] }[];
        steps[3]!.symbols[0]!.actor = 'a9';
      }),
      // The place as the user reads it, the technical path after it.
      /Langkah 4, simbol 1, pelaksana: tidak ada pelaksana dengan id 'a9' \(steps\[3\]\.symbols\[0\]\.actor\)/,
    ],
    ['terlalu-besar.sop.json', Buffer.alloc(10 * 1024 * 1024 + 1, 32), /berkas terlalu besar/],
  ];

  for (const [name, content, reason] of badFiles) {
    test(`a bad file (${name}) is refused with its reasons and changes nothing`, async ({
      page,
    }) => {
      const app = new AppPage(page);
      await app.goto();
      await app.waitSaved();
      const before = await appStorage(page);
      const names = await app.libraryNames();
      const open = await app.sopName.inputValue();
      await app.openFile({
        name,
        mimeType: 'application/json',
        buffer: typeof content === 'string' ? Buffer.from(content) : content,
      });
      await expect(app.errorMessages).toHaveCount(1);
      await expect(app.errorMessages).toContainText(name);
      await expect(app.errorMessages).toContainText(reason);
      expect(await app.libraryNames()).toEqual(names);
      await expect(app.sopName).toHaveValue(open);
      expect(await appStorage(page)).toEqual(before);
    });
  }

  test('refusal reasons follow the interface language', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.setLanguage('en');
    await app.openFile(jsonFile('x.sop.json', '{"format":"sop-ap","version":9,"sop":{}}'));
    await expect(app.errorMessages).toContainText('The file “x.sop.json” was not opened');
    await expect(app.errorMessages).toContainText(/newer version/i);
  });

  test('HTML and script in a file show as plain text; nothing runs, nothing is injected', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const app = new AppPage(page);
    await app.goto();
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>window.__pwned = 1; alert(2)</script>';
    const hostile = withSop((sop) => {
      (sop.identity as Record<string, unknown>).name = img;
      (sop.identity as Record<string, unknown>).unit = script;
      const steps = sop.steps as { activity: string }[];
      steps[0]!.activity = script;
      steps[1]!.activity = `<b onmouseover=alert(3)>tebal</b>${img}`;
      (sop.actors as { name: string }[])[0]!.name = '<svg onload=alert(4)>';
    });
    await app.openFile(jsonFile('berbahaya.sop.json', hostile));
    await expect(app.sopName).toHaveValue(img);
    await expect(app.libraryItems.filter({ hasText: img })).toHaveCount(1);
    for (const view of ['steps', 'identity', 'sheet', 'diagram'] as const) {
      await app.showView(view);
      await page.waitForTimeout(300);
      if (view === 'steps') {
        const readable = await app.readableText();
        expect(readable).toContain(script);
        expect(readable).toContain(`<b onmouseover=alert(3)>tebal</b>${img}`);
        expect(readable).toContain('<svg onload=alert(4)>');
      }
    }
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.scripts].filter((s) => !s.src).length,
      bold: document.querySelectorAll('b[onmouseover], svg[onload]').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    }));
    expect(injected).toEqual({ imgs: 0, scripts: 0, bold: 0, pwned: null });
    expect(dialogs).toEqual([]);
  });
});
