import { renderSvgPng } from '../../export/pngDiagram';
import type { DiagramGeometry } from '../../layout/diagram';
import { inlineFontFaceCss } from '../sheet/sheetFontFaces';
import { SheetPage } from '../sheet/SheetPage';
import { PX_PER_PT } from './diagramScale';

/**
 * The whole diagram as a PNG: its one endless page (table, symbols, connectors, arrows,
 * labels) drawn as the sheet preview draws a page, as one SVG image, over the canvas's
 * bounds, in the sheet's own fonts (carried inside the image, which sees none of the page's).
 * React's server renderer writes the markup; it and the fonts load on the first export only.
 */
export async function diagramPng(geometry: DiagramGeometry, label: string): Promise<Blob> {
  const [{ renderToStaticMarkup }, { loadBrowserSheetFonts }] = await Promise.all([
    import('react-dom/server'),
    import('../../export/pdf/browserFontFiles'),
  ]);
  const paper = { width: geometry.width, height: geometry.height, margin: 0 };
  const markup = renderToStaticMarkup(
    <SheetPage page={geometry.page} paper={paper} label={label} />,
  );
  const css = inlineFontFaceCss(await loadBrowserSheetFonts(), needsFallback(geometry));
  const svg = markup.replace(/^<svg[^>]*>/, (open) => `${open}<style>${css}</style>`);
  return renderSvgPng(svg, {
    x: 0,
    y: 0,
    width: geometry.width * PX_PER_PT,
    height: geometry.height * PX_PER_PT,
  });
}

/** Whether some text of the diagram lies past Latin-1, where the fallback face may draw it. */
function needsFallback(geometry: DiagramGeometry): boolean {
  const { page } = geometry;
  const texts = [
    ...page.texts.flatMap((t) => t.lines.map((l) => l.text)),
    ...page.routes.flatMap((r) => (r.label ? [r.label.text] : [])),
    ...page.connectors.map((c) => c.label),
  ];
  // eslint-disable-next-line no-control-regex
  return texts.some((text) => /[^\u0000-\u00ff]/.test(text));
}
