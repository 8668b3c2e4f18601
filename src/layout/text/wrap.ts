import type { TextMeasurer } from '../geometry';

/**
 * Word-wraps `text` to `width` points: explicit newlines start new lines, words
 * longer than a line break between characters, and no line is wider than
 * `width` unless it is a single character that cannot fit at all.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measure: TextMeasurer,
): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    wrapParagraph(paragraph, width, fontSize, bold, measure, out);
  }
  return out;
}

function wrapParagraph(
  paragraph: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measure: TextMeasurer,
  out: string[],
): void {
  const fits = (s: string): boolean => measure.width(s, fontSize, bold) <= width;
  // Tabs and runs of spaces collapse: the sheet is not a typewriter.
  const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
  if (words.length === 0) {
    out.push('');
    return;
  }
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') out.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    // An over-long word (a URL, a long number) is cut by characters.
    const pieces = breakWord(word, fits);
    for (let i = 0; i < pieces.length - 1; i++) out.push(pieces[i] as string);
    line = pieces[pieces.length - 1] ?? '';
  }
  out.push(line);
}

function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
