import type { SheetGeometry } from '../geometry';
import { pageLabel } from '../footer';

/**
 * Every page carries its footer, numbered x of y over the whole sheet, set in
 * the bottom margin (below the table, above the paper's edge).
 */
export function checkFooters(sheet: SheetGeometry): string[] {
  const problems: string[] = [];
  const count = sheet.pages.length;
  const { height, margin } = sheet.paper;
  sheet.pages.forEach((page, k) => {
    const footer = page.footer;
    if (!footer) {
      problems.push(`page ${page.index}: no footer`);
      return;
    }
    if (footer.pageNumber !== k + 1 || footer.pageCount !== count)
      problems.push(
        `page ${page.index}: footer says ${footer.pageNumber} of ${footer.pageCount}, not ${k + 1} of ${count}`,
      );
    const label = pageLabel(k + 1, count);
    if (!footer.texts.some((t) => t.lines.some((l) => l.text === label)))
      problems.push(`page ${page.index}: footer lacks "${label}"`);
    for (const t of footer.texts)
      for (const l of t.lines)
        if (l.y - t.fontSize < height - margin || l.y > height)
          problems.push(`page ${page.index}: footer text "${l.text}" is not in the bottom margin`);
  });
  return problems;
}

/** How many pages the sheet takes: what the quality report counts per SOP. */
export function pagesPerSop(sheet: SheetGeometry): {
  identity: number;
  flowchart: number;
  total: number;
} {
  const flowchart = sheet.pages.filter((p) => p.kind === 'flowchart').length;
  return { identity: sheet.pages.length - flowchart, flowchart, total: sheet.pages.length };
}
