import { printedTexts, type TextPlace } from '../../model/textPlaces';
import type { SopDocument } from '../../model/types';
import { canPrint } from './sheetFonts';

/** A text holding characters none of the sheet's fonts draws (they print as empty boxes). */
export interface UnprintableText {
  place: TextPlace;
  /** The distinct characters, in order of first appearance. */
  chars: string[];
}

/** Most characters named per text: enough to find them, short enough to read. */
export const MAX_NAMED_CHARS = 8;

// Printable ASCII and line breaks: what nearly every text is, answered without a lookup.
const PLAIN = /^[\x20-\x7e\n\r\t]*$/;

/**
 * Every text of `doc` with a character the sheet's fonts cannot draw (CJK, Thai,
 * emoji, …), so the user hears of it before export instead of finding boxes on paper.
 * Control characters are not printed at all and are not named.
 */
export function unprintableTexts(doc: SopDocument): UnprintableText[] {
  const out: UnprintableText[] = [];
  for (const { place, text } of printedTexts(doc)) {
    if (PLAIN.test(text)) continue;
    const chars = new Set<string>();
    for (const char of text) {
      if (char.codePointAt(0)! < 0x20 || chars.has(char) || canPrint(char)) continue;
      chars.add(char);
      if (chars.size === MAX_NAMED_CHARS) break;
    }
    if (chars.size > 0) out.push({ place, chars: [...chars] });
  }
  return out;
}
