import type { Route } from '../../layout/geometry';
import {
  ARROW_OVERLAP,
  arrowheadPoints,
  pointsAttr,
  shortenEnd,
} from '../../export/svg/svgGeometry';
import { STROKE } from '../../export/pdf/shapes';
import { SHEET_INK } from './sheetStyle';

/**
 * A routed arrow: one polyline (so corners join cleanly) ending under a filled
 * arrowhead whose tip is the route's last point, on the target's outline.
 */
export function SheetRoute({ route }: { route: Route }) {
  const head = route.arrowhead ? arrowheadPoints(route.points) : null;
  const line = head ? shortenEnd(route.points, ARROW_OVERLAP) : route.points;
  return (
    <g data-flow-id={route.flowId}>
      {line.length > 1 && (
        <polyline
          points={pointsAttr(line)}
          fill="none"
          stroke={SHEET_INK}
          strokeWidth={STROKE.route}
          strokeLinejoin="miter"
        />
      )}
      {head && <polygon points={pointsAttr(head)} fill={SHEET_INK} stroke="none" />}
    </g>
  );
}
