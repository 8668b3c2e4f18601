import type { jsPDF } from 'jspdf';
import type { OffPageConnector, Point, Route, SymbolBox } from '../../layout/geometry';
import { capsuleRadius, diamondPoints, pentagonPoints } from '../../layout/shapes';
import type { SymbolShape } from '../../model/types';
import { ARROW, connectorLetterSize, STROKE } from '../sheetStyle';
import { setSheetFont } from './sheetFonts';

export { ARROW, ROUTE_LABEL_FONT, STROKE } from '../sheetStyle';

/** Strokes (or fills) a closed polygon. */
export function polygon(pdf: jsPDF, points: Point[], style: 'S' | 'F' | 'FD'): void {
  const [first, ...rest] = points;
  if (!first) return;
  let previous = first;
  const deltas = rest.map((p) => {
    const d: [number, number] = [p.x - previous.x, p.y - previous.y];
    previous = p;
    return d;
  });
  pdf.lines(deltas, first.x, first.y, [1, 1], style, true);
}

/** Draws one of the flowchart symbols in its box. */
export function drawSymbol(pdf: jsPDF, box: SymbolBox): void {
  pdf.setLineWidth(STROKE.symbol);
  const shape: SymbolShape = box.shape;
  switch (shape) {
    case 'terminator': {
      const radius = capsuleRadius(box);
      pdf.roundedRect(box.x, box.y, box.width, box.height, radius, radius, 'S');
      return;
    }
    case 'process':
      pdf.rect(box.x, box.y, box.width, box.height, 'S');
      return;
    case 'decision':
      polygon(pdf, diamondPoints(box), 'S');
      return;
    default: {
      const unknown: never = shape;
      throw new Error(`Unknown symbol shape ${String(unknown)}`);
    }
  }
}

/** Draws an off-page connector pentagon with its letter centred in the square part. */
export function drawConnector(pdf: jsPDF, connector: OffPageConnector): void {
  pdf.setLineWidth(STROKE.symbol);
  polygon(pdf, pentagonPoints(connector), 'S');
  const fontSize = connectorLetterSize(connector.height);
  setSheetFont(pdf, true);
  pdf.setFontSize(fontSize);
  const centreY = connector.y + connector.height * 0.38;
  pdf.text(connector.label, connector.x + connector.width / 2, centreY + fontSize * 0.35, {
    align: 'center',
    baseline: 'alphabetic',
  });
}

/**
 * Draws a route as one polyline (so corners are joined, not overlapped) and a
 * filled arrowhead whose tip is the route's last point.
 */
export function drawRoute(pdf: jsPDF, route: Route): void {
  const points = route.arrowhead ? shortenEnd(route.points, ARROW.length - 0.6) : route.points;
  const [first, ...rest] = points;
  if (!first || rest.length === 0) return;
  pdf.setLineWidth(STROKE.route);
  let previous = first;
  const deltas = rest.map((p) => {
    const d: [number, number] = [p.x - previous.x, p.y - previous.y];
    previous = p;
    return d;
  });
  pdf.lines(deltas, first.x, first.y, [1, 1], 'S', false);
  if (route.arrowhead) drawArrowhead(pdf, route.points);
}

function drawArrowhead(pdf: jsPDF, points: Point[]): void {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const baseX = tip.x - ux * ARROW.length;
  const baseY = tip.y - uy * ARROW.length;
  pdf.triangle(
    tip.x,
    tip.y,
    baseX - uy * ARROW.halfWidth,
    baseY + ux * ARROW.halfWidth,
    baseX + uy * ARROW.halfWidth,
    baseY - ux * ARROW.halfWidth,
    'F',
  );
}

/** Pulls the last point back by `by` (not past the previous point) so the stroke hides under the head. */
function shortenEnd(points: Point[], by: number): Point[] {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return points;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length <= by) return points.slice(0, -1).concat([from]);
  const t = (length - by) / length;
  return [
    ...points.slice(0, -1),
    { x: from.x + (tip.x - from.x) * t, y: from.y + (tip.y - from.y) * t },
  ];
}
