import type { TextMeasurer } from '../geometry';
import { wrapText } from '../text/wrap';

/** One printed line of a box: the item number on an item's first line, then its text. */
export interface BoxLine {
  number: string | null;
  text: string;
  /** Offset of the text from the box's inner left edge (the hanging indent). */
  indent: number;
}

/**
 * Wraps an identity list into box lines: several items are numbered "1. …"
 * with a hanging indent, a single item is plain text, an empty list no line.
 */
export function listLines(
  items: string[],
  width: number,
  fontSize: number,
  measure: TextMeasurer,
): BoxLine[] {
  const filled = items.filter((item) => item.trim() !== '');
  if (filled.length === 1) {
    return wrapText(filled[0] as string, width, fontSize, false, measure).map((text) => ({
      number: null,
      text,
      indent: 0,
    }));
  }
  const indent = measure.width(`${filled.length}. `, fontSize, false) + 1;
  return filled.flatMap((item, i) =>
    wrapText(item, width - indent, fontSize, false, measure).map((text, j) => ({
      number: j === 0 ? `${i + 1}.` : null,
      text,
      indent,
    })),
  );
}
