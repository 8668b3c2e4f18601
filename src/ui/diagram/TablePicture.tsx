import { useEffect, useState } from 'react';
import type { DiagramGeometry } from '../../layout/diagram';
import { useDiagramUiStore } from './diagramUiStore';
import { TableSvg } from './TableSvg';

/**
 * The table as one picture, for the PNG export: html-to-image copies the computed style of
 * every element it clones, and a long table has thousands of texts and lines, which made a
 * 300-step export take many seconds. As an SVG image it is one element. The markup comes from
 * React's own renderer (escaped, loaded on first export only); until it is ready the live
 * table stays in place, so nothing flickers.
 */
export function TablePicture({ geometry }: { geometry: DiagramGeometry }) {
  const ui = useDiagramUiStore();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('react-dom/server').then(({ renderToStaticMarkup }) => {
      if (cancelled) return;
      const markup = renderToStaticMarkup(<TableSvg geometry={geometry} />);
      setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [geometry]);
  if (url === null) return <TableSvg geometry={geometry} />;
  return (
    <img
      className="diagram-table"
      src={url}
      alt=""
      width="100%"
      height="100%"
      onLoad={() => ui.getState().setTableReady(true)}
    />
  );
}
