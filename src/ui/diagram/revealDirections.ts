/** A rectangle on screen, in pixels from the canvas's top-left corner. */
export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CanvasView {
  width: number;
  height: number;
  /** Screen pixels at the top covered by the table header (pinned or in place). */
  coveredTop: number;
}

/**
 * Whether a node needs scrolling to, and in which directions: partly in view is enough (a
 * click near the edge must not make the canvas jump), and only the direction it is out of view
 * in is scrolled (a row below keeps the columns still). The table header counts as covering
 * what lies under it, and nothing else does.
 */
export function revealDirections(
  node: ScreenRect,
  view: CanvasView,
): { rows: boolean; columns: boolean } | null {
  const inRows = node.top + node.height > view.coveredTop && node.top < view.height;
  const inColumns = node.left + node.width > 0 && node.left < view.width;
  if (inRows && inColumns) return null;
  return { rows: !inRows, columns: !inColumns };
}
