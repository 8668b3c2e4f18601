import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test.describe('interface language', () => {
  test('switching to English changes every visible label, is remembered, and sets <html lang>', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    const indonesian = await app.topBarLabels();
    const libraryBefore = await page.locator('#library-panel').innerText();
    const statusBefore = await app.saveStatus.innerText();

    await app.setLanguage('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const english = await app.topBarLabels();
    expect(english).toHaveLength(indonesian.length);
    // Compared one by one: no label may be left in the other language.
    const unchanged = indonesian.filter((label, i) => english[i] === label);
    expect(unchanged).toEqual([]);
    expect(english).toContain('Undo');
    expect(english).toContain('Diagram');

    const libraryAfter = await page.locator('#library-panel').innerText();
    expect(libraryAfter).not.toBe(libraryBefore);
    expect(libraryAfter).toMatch(/SOPs in this browser/i);
    expect(await app.saveStatus.innerText()).toMatch(/^Saved \d\d:\d\d$/);
    expect(statusBefore).toMatch(/^Tersimpan \d\d:\d\d$/);

    // The menus' items too.
    await page.getByTestId('menu-file').click();
    await expect(page.getByTestId('file-save-json')).toHaveText('Save as .sop.json');
    await page.keyboard.press('Escape');
    await page.getByTestId('menu-export').click();
    await expect(page.getByTestId('export-pdf')).toContainText('Official SOP sheet');
    await page.keyboard.press('Escape');

    await app.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await app.topBarLabels()).toEqual(english);
    await app.setLanguage('id');
    expect(await app.topBarLabels()).toEqual(indonesian);
  });
});
