import type { PageGeometry, SheetGeometry, TextBlock } from '../geometry';
import { HYPHEN } from '../text/wrap';

/** fitLines marks a cell cut short for want of page height so; nothing after it is compared. */
const CUT_SHORT = ' …';

/** Whitespace as the wrapper sees it: runs collapse to one space, newlines stay. */
function normalise(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((p) =>
      p
        .split(/[ \t]+/)
        .filter((w) => w.length > 0)
        .join(' '),
    )
    .join('\n');
}

/**
 * Line breaks of a wrapped text block that fall inside a word with no hyphen
 * drawn: a line must end before a space or newline of its source, after a "/"
 * or "-" of it, or in a hyphen the wrapper added. A line that is not the next
 * part of the source at all counts too (the block was not wrapped from it).
 */
export function midWordBreaksOf(block: TextBlock): string[] {
  if (block.source === undefined) return [];
  const text = normalise(block.source);
  const problems: string[] = [];
  let pos = 0;
  const lines = block.lines.map((l) => l.text);
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line.endsWith(CUT_SHORT)) break;
    let end: number;
    let marked = false;
    if (text.startsWith(line, pos)) end = pos + line.length;
    else if (line.endsWith(HYPHEN) && text.startsWith(line.slice(0, -1), pos)) {
      end = pos + line.length - 1;
      marked = true;
    } else {
      problems.push(`line "${line}" is not the next part of "${block.source}"`);
      break;
    }
    const next = text[end];
    const atBreak =
      marked || next === undefined || next === ' ' || next === '\n' || /[/-]$/.test(line);
    if (!atBreak) problems.push(`"${line}|${text.slice(end, end + 12)}" breaks inside a word`);
    pos = next === ' ' || next === '\n' ? end + 1 : end;
  }
  return problems;
}

function blocksOf(page: PageGeometry): TextBlock[] {
  return page.texts;
}

/** No wrapped line of the sheet ends inside a word without a hyphen. */
export function checkWordBreaks(sheet: SheetGeometry): string[] {
  return sheet.pages.flatMap((page) =>
    blocksOf(page).flatMap((block) =>
      midWordBreaksOf(block).map((p) => `page ${page.index}: ${p}`),
    ),
  );
}

/** How many line breaks of the sheet fall inside a word with no hyphen drawn (for quality reports). */
export function countMidWordBreaks(geometry: SheetGeometry): number {
  return checkWordBreaks(geometry).length;
}
