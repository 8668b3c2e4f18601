import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { SavedSop } from './savedSop';

/** A file handed to the open dialog or dropped on the window. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The app shell as a user sees it: top bar, library, messages, status line. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.topBar).toBeVisible();
  }

  /** Waits until the sheet's four font faces, fetched when the page is idle after start-up, are in. */
  async waitSheetFonts(): Promise<void> {
    await this.page.waitForFunction(() => {
      const ours = [...document.fonts].filter((f) =>
        f.family.replace(/"/g, '').startsWith('Alir Sheet'),
      );
      return ours.length === 4 && ours.every((f) => f.status === 'loaded');
    });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.topBar).toBeVisible();
  }

  get topBar(): Locator {
    return this.page.getByTestId('top-bar');
  }
  get sopName(): Locator {
    return this.page.getByTestId('sop-name');
  }
  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }
  get errorMessages(): Locator {
    return this.page.getByTestId('error-message');
  }
  get libraryItems(): Locator {
    return this.page.getByTestId('library-item');
  }
  /** Steps and actors of the open SOP, as the status line counts them. */
  async counts(): Promise<{ steps: number; actors: number }> {
    const text = await this.page.locator('.status-counts').innerText();
    const [steps, actors] = (text.match(/\d+/g) ?? []).map(Number);
    return { steps: steps ?? -1, actors: actors ?? -1 };
  }

  /** Everything a user can read on the page: visible text plus the values of fields. */
  async readableText(): Promise<string> {
    return this.page.evaluate(() => {
      const fields = [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
      ];
      return [document.body.innerText, ...fields.map((f) => f.value)].join('\n');
    });
  }

  libraryItem(name: string): Locator {
    return this.libraryItems.filter({ hasText: name });
  }

  /** The same library item found again by its id, whatever its text becomes. */
  async pinned(item: Locator): Promise<Locator> {
    const id = await item.getAttribute('data-id');
    return this.page.locator(`[data-testid="library-item"][data-id="${id}"]`);
  }

  async libraryNames(): Promise<string[]> {
    return this.libraryItems.locator('.library-item-name').allInnerTexts();
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved', { timeout: 5000 });
  }

  /** Starts a new SOP and waits until it is open (or until the app says why it could not leave the open one). */
  async newSop(): Promise<void> {
    const before = await this.libraryItems.count();
    await this.page.getByTestId('library-new').click();
    const refused = this.page.locator('[data-error="leaveBlocked"]');
    await expect
      .poll(async () => (await this.libraryItems.count()) > before || (await refused.count()) > 0)
      .toBe(true);
  }

  /** Types a new name for the open SOP in the top bar. */
  async renameOpenSop(name: string): Promise<void> {
    await this.sopName.fill(name);
    await this.sopName.press('Tab');
  }

  async saveJson(): Promise<Download> {
    await this.page.getByTestId('menu-file').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('file-save-json').click(),
    ]);
    return download;
  }

  /** The document part of the saved file once the last change is stored (the envelope carries save times). */
  async savedSop(): Promise<SavedSop> {
    await this.waitSaved();
    return (JSON.parse(await downloadText(await this.saveJson())) as { sop: SavedSop }).sop;
  }

  /** Presses a history button until it is disabled; returns how many presses it took. */
  async pressUntilDisabled(testId: 'undo' | 'redo'): Promise<number> {
    const button = this.page.getByTestId(testId);
    let count = 0;
    while (await button.isEnabled()) {
      await button.click();
      count++;
      if (count > 100) throw new Error(`${testId} never ran out`);
    }
    return count;
  }

  async openFile(file: FilePayload): Promise<void> {
    await this.page.getByTestId('file-open-input').setInputFiles(file);
  }

  async dropFile(file: FilePayload): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
    const target = this.page.locator('.shell-main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  async setLanguage(language: 'id' | 'en'): Promise<void> {
    await this.page.getByTestId('language-select').selectOption(language);
  }

  async showView(view: 'diagram' | 'steps' | 'identity' | 'sheet'): Promise<void> {
    await this.page.getByTestId(`view-${view}`).click();
  }

  /** The text of every visible label in the top bar (buttons, tabs, field labels), SOP name excluded. */
  async topBarLabels(): Promise<string[]> {
    return this.topBar.evaluate((bar) => {
      const labels: string[] = [];
      for (const el of bar.querySelectorAll<HTMLElement>('button, [role="tab"], label > span')) {
        if (el.offsetParent === null) continue;
        const text = (el.innerText || '').replace(/[▾↶↷]/g, '').trim();
        if (text) labels.push(text);
      }
      for (const el of bar.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
        for (const attr of ['aria-label', 'placeholder', 'title']) {
          const value = el.getAttribute(attr);
          if (value) labels.push(`${attr}=${value}`);
        }
      }
      return labels;
    });
  }
}

/** The text of a download. */
export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** A JSON file payload. */
export function jsonFile(name: string, text: string): FilePayload {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}
