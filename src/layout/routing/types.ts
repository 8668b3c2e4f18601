import type { Rect, TextMeasurer } from '../geometry';
import type { SymbolShape } from '../../model/types';

/** The outline of a box: a symbol's shape, or the off-page connector's pentagon. */
export type BoxShape = SymbolShape | 'connector';

/** Something arrows connect to: a symbol or an off-page connector, centred in its actor column. */
export interface RoutingBox {
  id: string;
  rect: Rect;
  /** Its outline, for arrows that leave from beside a vertex; a rectangle when absent. */
  shape?: BoxShape;
}

/** One arrow to draw between two boxes of the same page. */
export interface RoutingRequest {
  flowId: string;
  from: string;
  to: string;
  label: string;
}

/** The free space of a page that arrows may use. */
export interface RoutingArea {
  /** Actor columns, left to right: arrows stay inside them. */
  columns: { left: number; right: number }[];
  /** Table rows and connector strips, top to bottom: their borders are table lines. */
  bands: { top: number; bottom: number }[];
  boxes: RoutingBox[];
  /** Symbol scale of the sheet: gaps shrink with it, but never below what stays visible. */
  scale: number;
  /** Distance between parallel arrows, when a crowded page needs it tighter than the scale's. */
  pitch?: number;
  /** Measures the flow labels, placed beside their exits (Helvetica's metrics when absent). */
  measure?: TextMeasurer;
}

/** Font size of the flow labels ("Ya", "Tidak") renderers should use. */
export const ROUTE_LABEL_FONT = 7;

/** Spacing rules, in points at scale 1. */
export const ROUTING_STYLE = {
  /** Distance between parallel arrows. */
  pitch: 4,
  /** Closest an arrow runs beside a table line, on a crowded page. */
  lineGap: 3,
  /**
   * Closest an arrow runs beside a parallel table line when there is room: nearer, it reads
   * as a doubled grid line. Lanes and tracks nearer than this are kept for crowded pages only.
   */
  gridClearance: 6,
  /** Rank added to those near lanes and tracks, so that a route takes one only when it must. */
  nearLineRank: 40,
  /** Closest an arrow passes a symbol it does not touch. */
  clearance: 2,
  /** Lanes beside a symbol are as many as fit its column, up to this. */
  maxLanesPerSide: 8,
  maxTracksPerGap: 8,
} as const;

/** The tightest pitch a crowded page may use: arrows 3 pt (about 1 mm) apart still read as two. */
export const TIGHT_PITCH = 3;

/** Distance between parallel arrows at a symbol scale: shrinks with the symbols, but stays visible. */
export function lanePitch(scale: number): number {
  return Math.max(3, ROUTING_STYLE.pitch * scale);
}
