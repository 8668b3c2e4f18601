/**
 * Text width from the Adobe Helvetica and Helvetica-Bold AFM metrics (the
 * standard-14 fonts jsPDF draws with), so layout in Node and in the browser
 * wraps exactly as the PDF prints. Widths are in 1/1000 em.
 */
import type { TextMeasurer } from '../geometry';

// Character codes 32..126 (ASCII printable).
const REGULAR_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
// Character codes 160..255 (Latin-1 supplement).
const REGULAR_LATIN1 = [
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333,
  333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667,
  1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778,
  722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556,
  278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556,
  500,
];
const BOLD_LATIN1 = [
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333,
  333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722,
  1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778,
  722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556,
  278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611,
  556,
];
// WinAnsi extras that typists paste from word processors: [regular, bold].
const EXTRAS: Record<string, [number, number]> = {
  '\u2013': [556, 556], // en dash
  '\u2014': [1000, 1000], // em dash
  '\u2018': [222, 278],
  '\u2019': [222, 278],
  '\u201c': [333, 500],
  '\u201d': [333, 500],
  '\u2022': [350, 350], // bullet
  '\u2026': [1000, 1000], // ellipsis
  '\u20ac': [556, 556], // euro
};
/** Width of a character the fonts do not cover (it prints as a substitute glyph). */
const DEFAULT_WIDTH: [number, number] = [556, 611];

/** Advance width of one character in 1/1000 em. */
export function charWidth(char: string, bold: boolean): number {
  const code = char.charCodeAt(0);
  const table =
    code >= 32 && code <= 126
      ? bold
        ? BOLD_ASCII[code - 32]
        : REGULAR_ASCII[code - 32]
      : code >= 160 && code <= 255
        ? bold
          ? BOLD_LATIN1[code - 160]
          : REGULAR_LATIN1[code - 160]
        : undefined;
  if (table !== undefined) return table;
  const extra = EXTRAS[char] ?? DEFAULT_WIDTH;
  return bold ? extra[1] : extra[0];
}

/** Measures text in Helvetica / Helvetica-Bold without any DOM or PDF library. */
export const helveticaMeasurer: TextMeasurer = {
  width(text: string, fontSize: number, bold: boolean): number {
    let units = 0;
    for (const char of text) units += charWidth(char, bold);
    return (units * fontSize) / 1000;
  },
};
