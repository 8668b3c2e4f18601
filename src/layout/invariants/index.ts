export {
  checkSheet,
  checkRows,
  checkSymbols,
  checkConnectorPairs,
  checkFlowsRouted,
  checkInsideMargins,
} from './sheetChecks';
export {
  checkPageRoutes,
  checkSharedSegments,
  routeEnds,
  TOUCH_TOLERANCE,
  MIN_PARALLEL_GAP,
  MIN_LINE_GAP,
} from './routeChecks';
export { distanceToOutline, segmentsOf } from './outline';
export { checkRouteLabels, distanceToRect, LABEL_REACH, LABEL_CLEARANCE } from './labelChecks';
export { checkFooters, pagesPerSop } from './footerChecks';
export { checkTextCentred, CENTRE_TOLERANCE } from './rowChecks';
export { checkWordBreaks, countMidWordBreaks, midWordBreaksOf } from './wordBreakChecks';
