/**
 * SheetGeometry: everything needed to draw the official sheet, in PDF points
 * (1 pt = 1/72 in), origin at the top-left of each page, y growing downwards.
 * PDF, SVG preview and the diagram canvas all draw from this one description.
 */
import type { TextPlace } from '../model/textPlaces';
import type { SymbolShape } from '../model/types';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight table or frame line. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export type TextAlign = 'left' | 'center' | 'right';

/** Text already wrapped into lines; `y` of each line is its baseline. */
export interface TextBlock {
  lines: { text: string; x: number; y: number }[];
  align: TextAlign;
  fontSize: number;
  bold: boolean;
  /** The text before it was wrapped into `lines`: the sheet checks hold every line break against it. */
  source?: string;
  /** Where in the document the text comes from, for findings about it. */
  place?: TextPlace;
  /** Set when the wrapper had to cut a word with a hyphen: its column is too narrow. */
  hyphenated?: true;
}

/** Measures text so that Node, the browser and jsPDF wrap it alike. */
export interface TextMeasurer {
  /** Width in points of `text` set in the sheet's sans-serif font. */
  width(text: string, fontSize: number, bold: boolean): number;
}

export interface PaperSize {
  width: number;
  height: number;
  margin: number;
}

export interface Column {
  kind: 'no' | 'activity' | 'actor' | 'requirements' | 'time' | 'output' | 'notes';
  /** The actor's id for `kind: 'actor'`. */
  actorId?: string;
  x: number;
  width: number;
}

export interface RowGeometry {
  stepId: string;
  /** 1-based position of the step in the document ("No"). */
  number: number;
  /** The row's cell, between its table lines. */
  y: number;
  height: number;
  /**
   * Heights at the top and bottom of the cell that hold the page's off-page connectors
   * (the first and last row of a page, as agencies draw them): the step's texts and
   * symbols are centred in what lies between.
   */
  connectorsAbove?: number;
  connectorsBelow?: number;
}

export interface SymbolBox extends Rect {
  symbolId: string;
  stepId: string;
  actorId: string;
  shape: SymbolShape;
}

/** The pentagon that carries a flow across a page break. */
export interface OffPageConnector extends Rect {
  /** Shared by the pair: 'A', 'B'… or '1', '2'… when letters are off. */
  label: string;
  flowId: string;
  /** 'out' at the bottom of the source page, 'in' at the top of the target's page. */
  end: 'out' | 'in';
  pageIndex: number;
}

/**
 * One drawn arrow: an orthogonal polyline from the outline of its start to the
 * outline of its end, the arrowhead at the last point. A flow that crosses pages
 * is drawn as two routes (source → connector, connector → target).
 */
export interface Route {
  flowId: string;
  points: Point[];
  /** Whether this part ends at the real target (arrowhead) — both parts of a split flow have one. */
  arrowhead: boolean;
  label: { text: string; x: number; y: number; align: TextAlign } | null;
  /**
   * Set when the router could not route it cleanly (its work budget ran out, or no path kept
   * clear of symbols and other arrows): a plain path that may cross them, or run along another
   * arrow. The rule checker names these flows.
   */
  fallback?: true;
}

/**
 * "Halaman x dari y" with the SOP's number and name, set in the bottom margin
 * so that a loose page can be put back in its place. `pageNumber` counts over
 * all pages of the sheet, identity page included.
 */
export interface PageFooter {
  pageNumber: number;
  pageCount: number;
  texts: TextBlock[];
}

export interface IdentityPageGeometry {
  kind: 'identity';
  index: number;
  /** Set by layoutSheet once the page count is known; null on a lone page (the canvas). */
  footer: PageFooter | null;
  lines: Line[];
  texts: TextBlock[];
  logo: (Rect & { dataUrl: string }) | null;
}

/** The table's two header rows on a page: both rows together and the first alone. */
export interface HeaderBand {
  top: number;
  firstRowHeight: number;
  height: number;
}

/** A band above the first row ('in') or below the last ('out') that holds off-page connectors. */
/** Where a page's off-page connectors sit: inside its first (in) or last (out) row. */
export interface ConnectorStrip {
  end: 'in' | 'out';
  top: number;
  height: number;
}

export interface FlowchartPageGeometry {
  kind: 'flowchart';
  index: number;
  /** Set by layoutSheet once the page count is known; null on a lone page (the canvas). */
  footer: PageFooter | null;
  columns: Column[];
  /** The header rows, when this page shows them. */
  header: HeaderBand | null;
  strips: ConnectorStrip[];
  rows: RowGeometry[];
  symbols: SymbolBox[];
  connectors: OffPageConnector[];
  routes: Route[];
  lines: Line[];
  texts: TextBlock[];
}

export type PageGeometry = IdentityPageGeometry | FlowchartPageGeometry;

export interface SheetGeometry {
  paper: PaperSize;
  pages: PageGeometry[];
}
