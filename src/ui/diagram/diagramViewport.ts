import type { DiagramGeometry } from '../../layout/diagram';
import { FLOWCHART_STYLE } from '../../layout/flowchart/metrics';
import { PX_PER_PT } from './diagramScale';

/** Screen pixels the body text must have at the opening view: readable without zooming. */
export const READABLE_TEXT_PX = 11;

/** The smallest zoom at which the table's body text is READABLE_TEXT_PX high on screen. */
export const READABLE_ZOOM = READABLE_TEXT_PX / (FLOWCHART_STYLE.bodyFont * PX_PER_PT);

/** The largest zoom a fresh view opens at: a short, narrow table is not blown up. */
const MAX_OPENING_ZOOM = 1.2;

/** Screen pixels kept free left and right of the table, and above it. */
const MARGIN = 12;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The view a fresh canvas opens at. The whole table when it fits at a readable size;
 * otherwise No, Kegiatan and the actor columns (where the user draws) fill the width at
 * no less than READABLE_ZOOM, the quality columns are scrolled to, as a wide sheet is read.
 */
export function initialViewport(geometry: DiagramGeometry, canvasWidth: number): Viewport {
  const { columns } = geometry.page;
  const first = columns[0];
  const last = columns[columns.length - 1];
  const left = first?.x ?? 0;
  const right = last ? last.x + last.width : geometry.width;
  const room = Math.max(1, canvasWidth - 2 * MARGIN);
  const top = -(geometry.headerTop * PX_PER_PT);
  const whole = room / ((right - left) * PX_PER_PT);
  if (whole >= READABLE_ZOOM) {
    const zoom = Math.min(MAX_OPENING_ZOOM, whole);
    const x = (canvasWidth - (right + left) * PX_PER_PT * zoom) / 2;
    return { x, y: top * zoom + MARGIN, zoom };
  }
  const actors = columns.filter((c) => c.kind === 'actor');
  const lastActor = actors[actors.length - 1] ?? last;
  const drawnRight = lastActor ? lastActor.x + lastActor.width : right;
  const drawn = room / ((drawnRight - left) * PX_PER_PT);
  const zoom = Math.max(READABLE_ZOOM, Math.min(MAX_OPENING_ZOOM, drawn));
  return { x: MARGIN - left * PX_PER_PT * zoom, y: top * zoom + MARGIN, zoom };
}

/** How far the canvas pans: the page and a margin, not the endless plane. */
export function panLimits(geometry: DiagramGeometry): [[number, number], [number, number]] {
  const w = geometry.width * PX_PER_PT;
  const h = geometry.height * PX_PER_PT;
  return [
    [-w * 0.25, -200],
    [w * 1.25, h + 400],
  ];
}
