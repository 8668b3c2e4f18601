import type { jsPDF } from 'jspdf';
import type { Line, PageGeometry, Route, TextBlock } from '../../layout/geometry';
import { helveticaMeasurer } from '../../layout/text/measure';
import { drawConnector, drawRoute, drawSymbol, ROUTE_LABEL_FONT } from './shapes';
import { pdfSafeText } from './pdfText';

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
 * Sets each line at its baseline. Centred and right-aligned lines are placed
 * with our own AFM widths (the ones the layout wrapped with) rather than
 * jsPDF's rounded table, so what the layout centred stays centred.
 */
function drawText(pdf: jsPDF, block: TextBlock): void {
  pdf.setFont('helvetica', block.bold ? 'bold' : 'normal');
  pdf.setFontSize(block.fontSize);
  for (const line of block.lines) {
    if (line.text === '') continue;
    const text = pdfSafeText(line.text);
    const width = helveticaMeasurer.width(text, block.fontSize, block.bold);
    const left =
      block.align === 'left'
        ? line.x
        : block.align === 'center'
          ? line.x - width / 2
          : line.x - width;
    pdf.text(text, left, line.y, { baseline: 'alphabetic' });
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
