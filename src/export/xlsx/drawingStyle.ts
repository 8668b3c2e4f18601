import type { Route, TextMeasurer } from '../../layout/geometry';
import { connectorLetterSize, ROUTE_LABEL_FONT, STROKE } from '../sheetStyle';
import { ptToEmu } from './units';

/** Outline and arrow weights in EMU, as the PDF strokes them. */
export const SYMBOL_STROKE = ptToEmu(STROKE.symbol);
export const ARROW_STROKE = ptToEmu(STROKE.route);

export const offPageLetterSize = connectorLetterSize;

/**
 * The text box of a route label: the label's own width and one line's
 * height, placed so its text sits on the baseline the PDF sets it on.
 */
export function labelBox(
  label: NonNullable<Route['label']>,
  measure: TextMeasurer,
): { x: number; y: number; width: number; height: number; fontSize: number } {
  const fontSize = ROUTE_LABEL_FONT;
  const width = measure.width(label.text, fontSize, false) + 1;
  const height = fontSize * 1.3;
  const x =
    label.align === 'left'
      ? label.x - 0.5
      : label.align === 'center'
        ? label.x - width / 2
        : label.x - width + 0.5;
  // The box is centred on the middle of the capitals (0.36 em above the baseline).
  const y = label.y - fontSize * 0.36 - height / 2;
  return { x, y, width, height, fontSize };
}
