import type { Rect, Route, TextMeasurer } from '../geometry';
import { ROUTE_LABEL_FONT } from './types';

/** Helvetica's cap height and descender, in em: a label's ink reaches this far above and below its baseline. */
export const LABEL_ASCENT = 0.72;
export const LABEL_DESCENT = 0.21;

/**
 * The text box of a route label (`x, y` is its baseline anchor, `align` says
 * which end of the text `x` is), measured at ROUTE_LABEL_FONT.
 */
export function labelBox(label: NonNullable<Route['label']>, measure: TextMeasurer): Rect {
  const width = measure.width(label.text, ROUTE_LABEL_FONT, false);
  const left =
    label.align === 'left'
      ? label.x
      : label.align === 'center'
        ? label.x - width / 2
        : label.x - width;
  const top = label.y - LABEL_ASCENT * ROUTE_LABEL_FONT;
  return { x: left, y: top, width, height: (LABEL_ASCENT + LABEL_DESCENT) * ROUTE_LABEL_FONT };
}
