import { memo } from 'react';
import type { PageGeometry, PaperSize } from '../../layout/geometry';
import { SheetConnector } from './SheetConnector';
import { SheetRoute } from './SheetRoute';
import { SheetRouteLabel } from './SheetRouteLabel';
import { SheetSymbol } from './SheetSymbol';
import { SheetText } from './SheetText';
import { SHEET_INK } from './sheetStyle';

interface Props {
  page: PageGeometry;
  paper: PaperSize;
  label: string;
  /** Only the on-screen copy carries the test id; the print copy must not be counted twice. */
  testId?: string;
  className?: string;
}

/**
 * One page of the official sheet as SVG in PDF points, drawn in the same order
 * as the PDF: table lines, texts, then symbols, connectors, arrows and labels.
 */
export const SheetPage = memo(function SheetPage({ page, paper, label, testId, className }: Props) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className={className}
      viewBox={`0 0 ${paper.width} ${paper.height}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-page-kind={page.kind}
      data-paper-width={paper.width}
      data-paper-height={paper.height}
    >
      <rect x={0} y={0} width={paper.width} height={paper.height} fill="#fff" />
      <g stroke={SHEET_INK} strokeLinecap="butt">
        {page.lines.map((l, i) => (
          <line key={i} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} strokeWidth={l.width} />
        ))}
      </g>
      {page.texts.map((block, i) => (
        <SheetText key={i} block={block} />
      ))}
      {page.footer && (
        <g data-testid={testId === undefined ? undefined : 'sheet-page-footer'}>
          {page.footer.texts.map((block, i) => (
            <SheetText key={i} block={block} />
          ))}
        </g>
      )}
      {page.kind === 'identity' && page.logo && (
        <image
          href={page.logo.dataUrl}
          x={page.logo.x}
          y={page.logo.y}
          width={page.logo.width}
          height={page.logo.height}
          preserveAspectRatio="xMidYMid meet"
        />
      )}
      {page.kind === 'flowchart' && (
        <>
          {page.symbols.map((box) => (
            <SheetSymbol key={box.symbolId} box={box} />
          ))}
          {page.connectors.map((c, i) => (
            <SheetConnector key={`${c.flowId}-${c.end}-${i}`} connector={c} />
          ))}
          {page.routes.map((route, i) => (
            <SheetRoute key={`${route.flowId}-${i}`} route={route} />
          ))}
          {page.routes.map((route, i) => (
            <SheetRouteLabel key={`${route.flowId}-${i}`} route={route} />
          ))}
        </>
      )}
    </svg>
  );
});
