/**
 * Which of the sheet's faces draws a character, and how wide it is: Arimo (metric-
 * compatible with Helvetica) first, DejaVu Sans for what Arimo lacks. The table is
 * read from the font files by `npm run fonts`, so layout measures exactly what the
 * PDF embeds and draws. Pure: no DOM, no font parsing at run time.
 */
import { FONT_METRICS } from './fontMetrics.generated';

/** The face that draws a character: the main one, its fallback, or none (MISSING_GLYPH stands in). */
export type GlyphSource = 'main' | 'fallback' | 'none';

type PackedFace = keyof typeof FONT_METRICS;

interface Face {
  /** Advance per code point of the Basic Multilingual Plane, in 1/1000 em; 0 where absent. */
  widths: Float64Array;
  notdef: number;
}

const faces = new Map<PackedFace, Face>();

function face(name: PackedFace): Face {
  let known = faces.get(name);
  if (!known) {
    known = unpack(FONT_METRICS[name]);
    faces.set(name, known);
  }
  return known;
}

function unpack(packed: string): Face {
  const [em, notdef, runs] = packed.split('|') as [string, string, string];
  const scale = 1000 / parseInt(em, 36);
  const widths = new Float64Array(0x10000);
  for (const run of runs.split(';')) {
    const [first, list] = run.split('>') as [string, string];
    let code = parseInt(first, 36);
    for (const w of list.split(',')) widths[code++] = parseInt(w, 36) * scale;
  }
  return { widths, notdef: parseInt(notdef, 36) * scale };
}

const mainFace = (bold: boolean) => face(bold ? 'bold' : 'regular');
const fallbackFace = (bold: boolean) => face(bold ? 'fallbackBold' : 'fallbackRegular');

/** The face that draws the character starting at `char` (one code point). */
export function glyphSource(char: string, bold: boolean): GlyphSource {
  const code = char.codePointAt(0) ?? 0;
  if (code > 0xffff) return 'none';
  if (mainFace(bold).widths[code]! > 0) return 'main';
  if (fallbackFace(bold).widths[code]! > 0) return 'fallback';
  return 'none';
}

/** Advance width of one character (code point) in 1/1000 em, in the face that draws it. */
export function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  const main = mainFace(bold).widths;
  if (code > 0xffff) return main[MISSING_CODE]!;
  const width = main[code]!;
  if (width > 0) return width;
  return fallbackFace(bold).widths[code]! || main[MISSING_CODE]!;
}

/**
 * Printed, by the main face, for a character no face has (the Problems panel names
 * it before export): a white square, the box a reader expects, as wide as layout measured.
 * A PDF viewer's own .notdef advance for such a character is not the font's, so the
 * text after it would shift and could overflow its cell.
 */
export const MISSING_GLYPH = '\u25a1';
const MISSING_CODE = 0x25a1;

/** Whether the sheet's fonts draw `char` (one code point) as itself, in regular and bold. */
export function canPrint(char: string): boolean {
  return glyphSource(char, false) !== 'none' && glyphSource(char, true) !== 'none';
}

/** A line cut into pieces each drawn by one face, in order, for the PDF. */
export function splitByFace(text: string, bold: boolean): { text: string; source: GlyphSource }[] {
  const runs: { text: string; source: GlyphSource }[] = [];
  for (const char of text) {
    // A character no face has is printed as MISSING_GLYPH, like its measure.
    const drawn = glyphSource(char, bold);
    const source = drawn === 'none' ? 'main' : drawn;
    const piece = drawn === 'none' ? MISSING_GLYPH : char;
    const last = runs[runs.length - 1];
    if (last && last.source === source) last.text += piece;
    else runs.push({ text: piece, source });
  }
  return runs;
}
