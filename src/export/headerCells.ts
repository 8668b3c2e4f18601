import type { Column, FlowchartPageGeometry } from '../layout/geometry';
import type { TextPlace } from '../model/textPlaces';

/** What the office writers share about the flowchart table's header cells. */

export const placeKey = (place: TextPlace): string => JSON.stringify(place);

/**
 * The size each header label is set in on the sheet (smaller than the header's usual size
 * where a narrow column would otherwise hyphenate an actor's name), by the label's place.
 */
export function headerSizes(page: FlowchartPageGeometry | undefined): Map<string, number> {
  const sizes = new Map<string, number>();
  const band = page?.header;
  if (!page || !band) return sizes;
  for (const block of page.texts) {
    const y = block.lines[0]?.y ?? -Infinity;
    if (block.place && y >= band.top && y <= band.top + band.height)
      sizes.set(placeKey(block.place), block.fontSize);
  }
  return sizes;
}

/** Index of the last column that ends at or before `right`. */
export function lastColumnWithin(columns: Column[], right: number): number {
  let last = 0;
  columns.forEach((c, i) => {
    if (c.x + c.width <= right + 0.01) last = i;
  });
  return last;
}
