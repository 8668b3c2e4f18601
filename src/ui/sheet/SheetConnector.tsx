import type { OffPageConnector } from '../../layout/geometry';
import { pointsAttr } from '../../export/svg/svgGeometry';
import { STROKE } from '../../export/pdf/shapes';
import { pentagonPoints } from '../../layout/shapes';
import { SHEET_FONT_FAMILY, SHEET_INK } from './sheetStyle';

/** An off-page connector: a pentagon pointing down, its letter in the square part. */
export function SheetConnector({ connector }: { connector: OffPageConnector }) {
  // Same size and placement rule as the PDF export, so the letter sits alike in both.
  const fontSize = Math.max(5, Math.min(9, connector.height * 0.42));
  const centreY = connector.y + connector.height * 0.38;
  return (
    <g data-connector={connector.end} data-flow-id={connector.flowId}>
      <polygon
        points={pointsAttr(pentagonPoints(connector))}
        fill="none"
        stroke={SHEET_INK}
        strokeWidth={STROKE.symbol}
      />
      <text
        x={connector.x + connector.width / 2}
        y={centreY + fontSize * 0.35}
        textAnchor="middle"
        fontFamily={SHEET_FONT_FAMILY}
        fontSize={fontSize}
        fontWeight="bold"
        fill={SHEET_INK}
      >
        {connector.label}
      </text>
    </g>
  );
}
