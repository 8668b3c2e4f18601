import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SopDocument } from '../model/types';
import { layoutFooter } from './footer';
import { checkFooters, pagesPerSop } from './invariants';
import { layoutSheet } from './layoutSheet';
import { paperSize } from './paper';
import { sheetMeasurer as measure } from './text/measure';

function fixture(name: string): SopDocument {
  const url = new URL(`../../tests/fixtures/${name}.sop.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { sop: SopDocument }).sop;
}

const footerWords = (page: { footer: { texts: { lines: { text: string }[] }[] } | null }) =>
  (page.footer?.texts ?? []).flatMap((t) => t.lines.map((l) => l.text));

describe('page footers', () => {
  it('sop-009: every page, identity page too, says "Halaman x dari y" and names the SOP', () => {
    const doc = fixture('sop-009');
    const sheet = layoutSheet(doc, { measure });
    const count = sheet.pages.length;
    expect(count).toBeGreaterThan(1);
    sheet.pages.forEach((page, k) => {
      const words = footerWords(page);
      expect(words).toContain(`Halaman ${k + 1} dari ${count}`);
      expect(words.some((w) => w.includes(doc.identity.number))).toBe(true);
    });
    expect(checkFooters(sheet)).toEqual([]);
  });

  it('the checker finds a page without its footer or with the wrong number', () => {
    const sheet = layoutSheet(fixture('sop-024'), { measure });
    const [first, ...rest] = sheet.pages;
    expect(checkFooters({ ...sheet, pages: [{ ...first!, footer: null }, ...rest] })).toEqual([
      'page 0: no footer',
    ]);
    const swapped = { ...sheet, pages: [...rest, first!] };
    expect(checkFooters(swapped).length).toBeGreaterThan(0);
  });

  it('cuts a long SOP name short so it never reaches the page label', () => {
    const paper = paperSize('A4', 'portrait');
    const footer = layoutFooter(
      { number: 'SOP-1/2025', name: 'Pelayanan '.repeat(60) },
      paper,
      2,
      9,
      measure,
    );
    const title = footer.texts.find((t) => t.align === 'left')!.lines[0]!;
    const label = footer.texts.find((t) => t.align === 'right')!.lines[0]!;
    expect(title.text.endsWith('…')).toBe(true);
    const labelLeft = label.x - measure.width(label.text, 6.5, false);
    expect(title.x + measure.width(title.text, 6.5, false)).toBeLessThan(labelLeft);
    expect(label.text).toBe('Halaman 3 dari 9');
  });

  it('cuts a 20,000-character name to the longest head that fits, one character more would not', () => {
    const paper = paperSize('A4', 'portrait');
    const name = 'Pelayanan administrasi '.repeat(900).slice(0, 20_000);
    const footer = layoutFooter({ number: '', name }, paper, 0, 1, measure);
    const title = footer.texts.find((t) => t.align === 'left')!.lines[0]!.text;
    const label = footer.texts.find((t) => t.align === 'right')!.lines[0]!.text;
    const room = paper.width - 2 * paper.margin - measure.width(label, 6.5, false) - 12;
    expect(measure.width(title, 6.5, false)).toBeLessThanOrEqual(room);
    const head = title.slice(0, -1);
    expect(name.startsWith(head)).toBe(true);
    const longer = `${name.slice(0, name.indexOf(head) + head.length + 1).trimEnd()}…`;
    if (longer !== title) expect(measure.width(longer, 6.5, false)).toBeGreaterThan(room);
  });

  it('pagesPerSop counts identity and flowchart pages', () => {
    const sheet = layoutSheet(fixture('sop-009'), { measure });
    const counted = pagesPerSop(sheet);
    expect(counted.total).toBe(sheet.pages.length);
    expect(counted.identity + counted.flowchart).toBe(counted.total);
    expect(counted.identity).toBeGreaterThanOrEqual(1);
  });
});
