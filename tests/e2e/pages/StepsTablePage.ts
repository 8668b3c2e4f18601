import { expect, type Locator, type Page } from '@playwright/test';

/** One row of the steps table as a user reads it. */
export interface StepsRow {
  number: string;
  activity: string;
  actors: string[];
  shapes: string[];
  requirements: string;
  time: string;
  output: string;
  notes: string;
  /** Each "Lanjut ke" select as `label:number` (`:2`, `Ya:5`, `Tidak:—`). */
  next: string[];
}

/** The steps view (`view-steps`): the table, its actor bar and its buttons. */
export class StepsTablePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('view-steps').click();
    await expect(this.table).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByTestId('steps-table');
  }
  get rows(): Locator {
    return this.table.locator('tbody tr[data-step-id]');
  }
  get addStep(): Locator {
    return this.page.getByTestId('steps-add');
  }
  get addActor(): Locator {
    return this.page.getByTestId('steps-add-actor');
  }
  get actorNames(): Locator {
    return this.page.getByTestId('steps-actor-name');
  }

  /** The control of a cell: `col` is activity, actor, shape, requirements, time, output, notes or next. */
  cell(row: number, col: string, sub = 0): Locator {
    return this.rows
      .nth(row - 1)
      .locator(`[data-col="${col}"]`)
      .nth(sub);
  }

  /** Every row's contents, read from the page in one go. */
  async read(): Promise<StepsRow[]> {
    return this.table.evaluate((table) => {
      const rows = Array.from(table.querySelectorAll<HTMLElement>('tbody tr[data-step-id]'));
      const numberOf = new Map(rows.map((row, i) => [row.dataset.stepId!, String(i + 1)]));
      const value = (row: HTMLElement, col: string) =>
        row.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-col="${col}"]`)?.value ??
        '';
      const selects = (row: HTMLElement, col: string) =>
        Array.from(row.querySelectorAll<HTMLSelectElement>(`select[data-col="${col}"]`));
      return rows.map((row) => ({
        number: row.querySelector('th')?.textContent ?? '',
        activity: value(row, 'activity'),
        actors: selects(row, 'actor').map((s) => s.selectedOptions[0]?.textContent ?? ''),
        shapes: selects(row, 'shape').map((s) => s.value),
        requirements: value(row, 'requirements'),
        time: value(row, 'time'),
        output: value(row, 'output'),
        notes: value(row, 'notes'),
        next: selects(row, 'next').map(
          (s) => `${s.dataset.exitLabel ?? ''}:${numberOf.get(s.value) ?? '—'}`,
        ),
      }));
    });
  }

  /** Pastes text into the focused control the way Ctrl+V from Excel does (a paste event). */
  async pasteText(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const target = document.activeElement ?? document.body;
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** Rows pasted without a header wait in the preview: confirm the columns as proposed. */
  async confirmPaste(): Promise<void> {
    await expect(this.page.getByTestId('paste-preview')).toBeVisible();
    await this.page.getByTestId('paste-preview-apply').click();
    await expect(this.page.getByTestId('paste-preview')).toHaveCount(0);
  }
}
