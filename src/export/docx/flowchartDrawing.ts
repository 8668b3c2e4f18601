import {
  HorizontalPositionRelativeFrom,
  Paragraph,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import { ShapeGroupRun, type IShapeGroupChildOptions } from 'docx/shapes';
import type { FlowchartPageGeometry, Point, Route } from '../../layout/geometry';
import { sheetMeasurer } from '../../layout/text/measure';
import type { SymbolShape } from '../../model/types';
import { STROKE, ARROW, connectorLetterSize } from '../sheetStyle';
import { arrowheadPoints, shortenEnd } from '../svg/svgGeometry';
import { labelBox } from '../xlsx/drawingStyle';
import { emu, FONT, halfPoints, px } from './units';

const PRESET = {
  terminator: 'flowChartTerminator',
  process: 'flowChartProcess',
  decision: 'flowChartDecision',
} as const satisfies Record<SymbolShape, string>;

/** Path coordinates of an arrow are in hundredths of a point from its box's corner. */
const PATH_UNITS = 100;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A flowchart page's drawing as one floating group of Word shapes, placed on the page where
 * the PDF draws it: each symbol a flowchart preset, each off-page connector a pentagon with
 * its letter, each arrow one shape along the routed path with its arrowhead, each label a
 * text box. Positions are taken from the page (not from a cell) because Word 2013+ and
 * LibreOffice treat a drawing anchored inside a table cell differently, and from the page
 * every reader puts it in the same place. Null when the page draws nothing.
 */
export function flowchartDrawing(page: FlowchartPageGeometry): ShapeGroupRun | null {
  const children: (IShapeGroupChildOptions & { box: Box })[] = [];
  for (const route of page.routes) {
    const arrow = arrowShape(route);
    if (arrow) children.push(arrow);
  }
  for (const symbol of page.symbols)
    children.push({
      box: symbol,
      type: PRESET[symbol.shape],
      transformation: { width: px(symbol.width), height: px(symbol.height) },
      fill: 'FFFFFF',
      line: { color: '000000', width: STROKE.symbol },
      altText: { name: `Simbol ${symbol.symbolId}`, description: '', title: '' },
    });
  for (const c of page.connectors) {
    const size = connectorLetterSize(c.height);
    children.push({
      box: c,
      type: 'flowChartOffpageConnector',
      transformation: { width: px(c.width), height: px(c.height) },
      fill: 'FFFFFF',
      line: { color: '000000', width: STROKE.symbol },
      textOptions: {
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        verticalAlignment: 'center',
        wrap: false,
      },
      children: [centredText(c.label, size, true)],
      altText: {
        name: `Penghubung ${c.label} (${c.end === 'out' ? 'keluar' : 'masuk'})`,
        description: '',
        title: '',
      },
    });
  }
  for (const route of page.routes) {
    const label = route.label;
    if (!label || label.text === '') continue;
    const b = labelBox(label, sheetMeasurer);
    children.push({
      box: b,
      type: 'rectangle',
      transformation: { width: px(b.width), height: px(b.height) },
      line: { color: '000000', width: 0, transparency: 100 },
      textOptions: {
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        verticalAlignment: 'center',
        wrap: false,
      },
      children: [centredText(label.text, b.fontSize, false)],
      altText: { name: `Label ${label.text}`, description: '', title: '' },
    });
  }
  if (children.length === 0) return null;

  const left = Math.min(...children.map((c) => c.box.x));
  const top = Math.min(...children.map((c) => c.box.y));
  return new ShapeGroupRun({
    children: children.map(({ box, ...child }) => {
      const shape = child as IShapeGroupChildOptions & { transformation: { width: number } };
      const offset = { left: px(box.x - left), top: px(box.y - top) };
      return { ...shape, transformation: { ...shape.transformation, offset } };
    }) as IShapeGroupChildOptions[],
    altText: {
      name: 'Diagram alir',
      description: 'Diagram alir halaman ini',
      title: 'Diagram alir',
    },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: emu(left) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: emu(top) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      layoutInCell: false,
    },
  });
}

function centredText(text: string, fontSize: number, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: 'center',
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, font: FONT, size: halfPoints(fontSize), bold })],
  });
}

/**
 * An arrow as one custom shape: the polyline (stopping under its head, as the PDF strokes it)
 * and, when it ends at its target, a filled triangle of the PDF's size. Word's own line-end
 * arrows scale with the line's width and would be a third of that on a 0.6 pt line.
 */
function arrowShape(route: Route): (IShapeGroupChildOptions & { box: Box }) | null {
  if (route.points.length < 2) return null;
  const head = route.arrowhead ? arrowheadPoints(route.points) : null;
  const line = head ? shortenEnd(route.points, ARROW.length - 0.6) : route.points;
  const all = [...route.points, ...(head ?? [])];
  const minX = Math.min(...all.map((p) => p.x));
  const minY = Math.min(...all.map((p) => p.y));
  // A straight arrow has a box of no width (or height): give it one point so it scales at all.
  const width = Math.max(1, Math.max(...all.map((p) => p.x)) - minX);
  const height = Math.max(1, Math.max(...all.map((p) => p.y)) - minY);
  const at = (p: Point): string =>
    `${Math.round((p.x - minX) * PATH_UNITS)} ${Math.round((p.y - minY) * PATH_UNITS)}`;
  const polyline = (points: Point[], close: boolean): string =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${at(p)}`).join(' ') + (close ? ' Z' : '');
  const frame = `M 0 0 L ${Math.round(width * PATH_UNITS)} ${Math.round(height * PATH_UNITS)}`;
  return {
    box: { x: minX, y: minY, width, height },
    type: 'custom',
    paths: [
      { path: frame, fill: false, line: false },
      { path: polyline(line, false), fill: false },
      ...(head ? [{ path: polyline(head, true), fill: true, line: false }] : []),
    ],
    transformation: { width: px(width), height: px(height) },
    fill: '000000',
    line: { color: '000000', width: STROKE.route, join: 'miter', cap: 'flat' },
    altText: { name: `Panah ${route.flowId}`, description: '', title: '' },
  };
}
