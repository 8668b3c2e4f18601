import type { TextMeasurer } from '../geometry';
import { syllableBreaks } from './syllables';

/** Drawn at the end of a line where a word had to be cut. */
export const HYPHEN = '-';

/** Wrapped text, and for each line whether it ends in a hyphen the wrapper added. */
export interface WrappedText {
  lines: string[];
  hyphenated: boolean[];
}

/**
 * Word-wraps `text` to `width` points: explicit newlines start new lines, and
 * lines break only at spaces and after "/" or "-". A word (a piece between
 * such breaks) longer than a line is hyphenated at a syllable boundary, or
 * failing that between characters, and the cut is marked with a hyphen. No
 * line is wider than `width` unless it is one character and its hyphen that
 * cannot fit at all.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measure: TextMeasurer,
): string[] {
  return wrapWords(text, width, fontSize, bold, measure).lines;
}

/** `wrapText`, telling which lines end in a hyphen it added. */
export function wrapWords(
  text: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measure: TextMeasurer,
): WrappedText {
  const out: WrappedText = { lines: [], hyphenated: [] };
  const fits = (s: string): boolean => measure.width(s, fontSize, bold) <= width;
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    wrapParagraph(paragraph, fits, out);
  }
  return out;
}

/**
 * A paragraph's pieces: each ends where a line may break, and `space` says
 * whether a space follows it ("Persyaratan/" "Perlengkapan" are joined without one).
 */
export function breakPieces(paragraph: string): { text: string; space: boolean }[] {
  // Tabs and runs of spaces collapse: the sheet is not a typewriter.
  const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
  return words.flatMap((word) => {
    const parts = word.match(/[^/-]*(?:[/-]+|$)/g)!.filter((p) => p.length > 0);
    return parts.map((p, i) => ({ text: p, space: i === parts.length - 1 }));
  });
}

function wrapParagraph(paragraph: string, fits: (s: string) => boolean, out: WrappedText): void {
  const pieces = breakPieces(paragraph);
  if (pieces.length === 0) {
    out.lines.push('');
    out.hyphenated.push(false);
    return;
  }
  const push = (line: string, hyphen: boolean): void => {
    out.lines.push(hyphen ? line + HYPHEN : line);
    out.hyphenated.push(hyphen);
  };
  let line = '';
  let spaceBefore = false;
  for (const piece of pieces) {
    const candidate = line === '' ? piece.text : `${line}${spaceBefore ? ' ' : ''}${piece.text}`;
    if (fits(candidate)) {
      line = candidate;
    } else {
      if (line !== '') push(line, false);
      if (fits(piece.text)) {
        line = piece.text;
      } else {
        const parts = hyphenate(piece.text, fits);
        for (let i = 0; i < parts.length - 1; i++) push(parts[i]!, true);
        line = parts[parts.length - 1] ?? '';
      }
    }
    spaceBefore = piece.space;
  }
  push(line, false);
}

/**
 * Cuts an over-long word into parts that each fit with a hyphen after them
 * (the last without): at the latest syllable boundary that fits, else (a long
 * number, a code) at the last character that fits. Each line is found by
 * growing it from its start, so a 20,000-character word costs its length
 * times one line's, not its length squared.
 */
function hyphenate(word: string, fits: (s: string) => boolean): string[] {
  const parts: string[] = [];
  const cuts = syllableBreaks(word);
  let next = 0;
  let start = 0;
  while (start < word.length) {
    // The longest part from `start` that fits: one character at least.
    let end = start + 1;
    while (end < word.length) {
      const last = end + 1 === word.length;
      if (!fits(word.slice(start, end + 1) + (last ? '' : HYPHEN))) break;
      end++;
    }
    if (end >= word.length) {
      parts.push(word.slice(start));
      break;
    }
    // The latest syllable boundary inside it, if any (cuts are ascending).
    while (next < cuts.length && cuts[next]! <= start) next++;
    let stop = end;
    for (let k = next; k < cuts.length && cuts[k]! <= end; k++) stop = cuts[k]!;
    parts.push(word.slice(start, stop));
    start = stop;
  }
  return parts;
}
