/** How the sheet's drawing looks, shared by every writer (PDF, workbook). Sizes in points. */

/** Stroke weights of the drawing. */
export const STROKE = { symbol: 0.8, route: 0.6 } as const;
/** Arrowhead size: length along the arrow and half its width at the base. */
export const ARROW = { length: 5.5, halfWidth: 2.2 } as const;
/** Font size of route labels ("Ya", "Tidak"). */
export const ROUTE_LABEL_FONT = 7;

/** Font size of an off-page connector's letter, from the connector's height. */
export function connectorLetterSize(height: number): number {
  return Math.max(5, Math.min(9, height * 0.42));
}
