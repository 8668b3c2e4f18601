import type { Route } from '../../layout/geometry';
import { textAnchor } from '../../export/svg/svgGeometry';
import { ROUTE_LABEL_FONT } from '../../export/pdf/shapes';
import { SHEET_FONT_FAMILY, SHEET_INK } from './sheetStyle';

/** A route's label ("Ya", "Tidak") beside the start of its arrow. */
export function SheetRouteLabel({ route }: { route: Route }) {
  if (!route.label || route.label.text === '') return null;
  const { text, x, y, align } = route.label;
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor(align)}
      fontFamily={SHEET_FONT_FAMILY}
      fontSize={ROUTE_LABEL_FONT}
      fill={SHEET_INK}
      data-flow-id={route.flowId}
    >
      {text}
    </text>
  );
}
