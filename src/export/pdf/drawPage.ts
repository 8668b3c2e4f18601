import type { jsPDF } from 'jspdf';
import type { Line, PageGeometry, Route, TextBlock } from '../../layout/geometry';
import { sheetMeasurer } from '../../layout/text/measure';
import { splitByFace } from '../../layout/text/sheetFonts';
import { setSheetFont } from './sheetFonts';
import { drawConnector, drawRoute, drawSymbol, ROUTE_LABEL_FONT } from './shapes';

/** Draws one page of the sheet onto the current jsPDF page. */
export function drawPage(pdf: jsPDF, page: PageGeometry): void {
  pdf.setDrawColor(0, 0, 0);
  pdf.setFillColor(0, 0, 0);
  pdf.setTextColor(0, 0, 0);
  pdf.setLineCap('butt');
  pdf.setLineJoin('miter');
  drawLines(pdf, page.lines);
  for (const block of page.texts) drawText(pdf, block);
  for (const block of page.footer?.texts ?? []) drawText(pdf, block);
  switch (page.kind) {
    case 'identity':
      if (page.logo) drawLogo(pdf, page.logo);
      return;
    case 'flowchart':
      for (const symbol of page.symbols) drawSymbol(pdf, symbol);
      for (const connector of page.connectors) drawConnector(pdf, connector);
      for (const route of page.routes) drawRoute(pdf, route);
      for (const route of page.routes) drawRouteLabel(pdf, route);
      return;
    default: {
      const unknown: never = page;
      throw new Error(`Unknown page kind ${JSON.stringify(unknown)}`);
    }
  }
}

function drawLines(pdf: jsPDF, lines: Line[]): void {
  let width = -1;
  for (const line of lines) {
    if (line.width !== width) {
      width = line.width;
      pdf.setLineWidth(width);
    }
    pdf.line(line.x1, line.y1, line.x2, line.y2);
  }
}

/**
 * Sets each line at its baseline, piece by piece in the face that draws each
 * character (Arimo, or DejaVu Sans for what Arimo lacks), every piece placed with
 * the widths the layout wrapped and centred with: the text prints as typed and
 * ends where the layout measured it to end.
 */
function drawText(pdf: jsPDF, block: TextBlock): void {
  pdf.setFontSize(block.fontSize);
  for (const line of block.lines) {
    if (line.text === '') continue;
    const pieces = splitByFace(line.text, block.bold).map((piece) => ({
      ...piece,
      width: sheetMeasurer.width(piece.text, block.fontSize, block.bold),
    }));
    const width = pieces.reduce((sum, piece) => sum + piece.width, 0);
    let x =
      block.align === 'left'
        ? line.x
        : block.align === 'center'
          ? line.x - width / 2
          : line.x - width;
    for (const piece of pieces) {
      setSheetFont(pdf, block.bold, piece.source);
      pdf.text(piece.text, x, line.y, { baseline: 'alphabetic' });
      x += piece.width;
    }
  }
}

function drawRouteLabel(pdf: jsPDF, route: Route): void {
  if (!route.label || route.label.text === '') return;
  const { text, x, y, align } = route.label;
  drawText(pdf, { lines: [{ text, x, y }], align, fontSize: ROUTE_LABEL_FONT, bold: false });
}

function drawLogo(
  pdf: jsPDF,
  logo: { x: number; y: number; width: number; height: number; dataUrl: string },
): void {
  const format = /^data:image\/png/i.test(logo.dataUrl) ? 'PNG' : 'JPEG';
  try {
    pdf.addImage(logo.dataUrl, format, logo.x, logo.y, logo.width, logo.height, undefined, 'FAST');
  } catch {
    // A logo jsPDF cannot decode must not cost the user the whole export.
  }
}
