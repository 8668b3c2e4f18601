import { renderSvgPng } from '../../export/pngDiagram';
import type { DiagramGeometry } from '../../layout/diagram';
import { SheetPage } from '../sheet/SheetPage';
import { PX_PER_PT } from './diagramScale';

/**
 * The whole diagram as a PNG: its one endless page (table, symbols, connectors, arrows,
 * labels) drawn as the sheet preview draws a page, as one SVG image, over the canvas's
 * bounds. React's server renderer writes the markup; it is loaded on the first export only.
 */
export async function diagramPng(geometry: DiagramGeometry, label: string): Promise<Blob> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const paper = { width: geometry.width, height: geometry.height, margin: 0 };
  const svg = renderToStaticMarkup(<SheetPage page={geometry.page} paper={paper} label={label} />);
  return renderSvgPng(svg, {
    x: 0,
    y: 0,
    width: geometry.width * PX_PER_PT,
    height: geometry.height * PX_PER_PT,
  });
}
