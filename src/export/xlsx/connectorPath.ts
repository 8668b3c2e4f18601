/**
 * Fits a routed arrow (an orthogonal polyline, in EMU) to one of Excel's elbow
 * connectors, so that the connector draws exactly that path and, glued to its
 * shapes, follows them when a user moves one.
 *
 * The presets draw in their own box from its top-left (0,0) to its
 * bottom-right (w,h), always starting horizontally:
 *   straightConnector1  (0,0)→(w,h)
 *   bentConnector2      (0,0)→(w,0)→(w,h)
 *   bentConnector3      (0,0)→(x1,0)→(x1,h)→(w,h)
 *   bentConnector4      (0,0)→(x1,0)→(x1,y2)→(w,y2)→(w,h)
 *   bentConnector5      (0,0)→(x1,0)→(x1,y2)→(x3,y2)→(x3,h)→(w,h)
 * with x1 = w·adj1/100000, y2 = h·adj2/100000, x3 = w·adj3/100000. Flips
 * mirror the box; a path that starts vertically is drawn rotated by 90°.
 */

export interface EmuPoint {
  x: number;
  y: number;
}

export interface ConnectorShape {
  preset:
    | 'straightConnector1'
    | 'bentConnector2'
    | 'bentConnector3'
    | 'bentConnector4'
    | 'bentConnector5';
  /** Rotation in 60 000ths of a degree: 0 or 5 400 000 (90° clockwise). */
  rot: 0 | 5400000;
  flipH: boolean;
  flipV: boolean;
  /** The unrotated box (`a:xfrm`). */
  off: EmuPoint;
  ext: { cx: number; cy: number };
  adj: number[];
  /** The box as it shows on the sheet (where Excel anchors a rotated connector). */
  bounds: { x: number; y: number; width: number; height: number };
}

/** Smallest box side: a path that needs a guide across a zero-width box gets this width instead. */
export const MIN_EXTENT = 1270;

/** Drops repeated points and the middle one of three in a line. */
export function simplifyPath(points: EmuPoint[]): EmuPoint[] {
  const out: EmuPoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** The connector that draws `points` exactly, or null when no elbow connector can (a diagonal, or more than four bends). */
export function fitConnector(points: EmuPoint[]): ConnectorShape | null {
  const path = simplifyPath(points);
  const segments = path.length - 1;
  if (segments < 1 || segments > 5) return null;
  for (let i = 0; i < segments; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    if (a.x !== b.x && a.y !== b.y) return null;
  }
  const start = path[0]!;
  const end = path[segments]!;
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const bounds = {
    x: Math.min(start.x, end.x),
    y: Math.min(start.y, end.y),
    width: Math.abs(dx),
    height: Math.abs(dy),
  };
  if (segments === 1) {
    return {
      preset: 'straightConnector1',
      rot: 0,
      flipH: dx < 0,
      flipV: dy < 0,
      off: { x: bounds.x, y: bounds.y },
      ext: { cx: bounds.width, cy: bounds.height },
      adj: [],
      bounds,
    };
  }
  const vertical = start.x === path[1]!.x;
  // Local axes: u along the first segment, v across it.
  const flipH = vertical ? dy < 0 : dx < 0;
  const flipV = vertical ? dx > 0 : dy < 0;
  const local = (p: EmuPoint): { u: number; v: number } => {
    const px = p.x - start.x;
    const py = p.y - start.y;
    if (!vertical) return { u: flipH ? -px : px, v: flipV ? -py : py };
    return { u: flipH ? -py : py, v: flipV ? px : -px };
  };
  let w = vertical ? Math.abs(dy) : Math.abs(dx);
  let h = vertical ? Math.abs(dx) : Math.abs(dy);
  const guides: { along: 'u' | 'v'; value: number }[] = [];
  if (segments >= 3) guides.push({ along: 'u', value: local(path[1]!).u });
  if (segments >= 4) guides.push({ along: 'v', value: local(path[2]!).v });
  if (segments >= 5) guides.push({ along: 'u', value: local(path[3]!).u });
  // A guide across a box too narrow to scale it (the same x at both ends of a U-turn) needs
  // some width; 0.1 pt keeps the guide within what Excel stores in 32 bits.
  if (w < MIN_EXTENT && guides.some((g) => g.along === 'u')) w = MIN_EXTENT;
  if (h < MIN_EXTENT && guides.some((g) => g.along === 'v')) h = MIN_EXTENT;
  const adj = guides.map((g) => Math.round((g.value / (g.along === 'u' ? w : h)) * 100000));
  const centre = { x: start.x + dx / 2, y: start.y + dy / 2 };
  return {
    preset: `bentConnector${segments as 2 | 3 | 4 | 5}`,
    rot: vertical ? 5400000 : 0,
    flipH,
    flipV,
    off: { x: Math.round(centre.x - w / 2), y: Math.round(centre.y - h / 2) },
    ext: { cx: w, cy: h },
    adj,
    bounds,
  };
}

/** The path a connector draws, back on the sheet: the inverse of `fitConnector`, for tests and checks. */
export function connectorPath(shape: ConnectorShape): EmuPoint[] {
  const { cx: w, cy: h } = shape.ext;
  const [a1 = 0, a2 = 0, a3 = 0] = shape.adj;
  const x1 = (w * a1) / 100000;
  const y2 = (h * a2) / 100000;
  const x3 = (w * a3) / 100000;
  const localPoints: [number, number][] = {
    straightConnector1: [
      [0, 0],
      [w, h],
    ],
    bentConnector2: [
      [0, 0],
      [w, 0],
      [w, h],
    ],
    bentConnector3: [
      [0, 0],
      [x1, 0],
      [x1, h],
      [w, h],
    ],
    bentConnector4: [
      [0, 0],
      [x1, 0],
      [x1, y2],
      [w, y2],
      [w, h],
    ],
    bentConnector5: [
      [0, 0],
      [x1, 0],
      [x1, y2],
      [x3, y2],
      [x3, h],
      [w, h],
    ],
  }[shape.preset] as [number, number][];
  const cx = shape.off.x + w / 2;
  const cy = shape.off.y + h / 2;
  return localPoints.map(([u, v]) => {
    // Flip inside the box, then rotate about its centre.
    let px = (shape.flipH ? w - u : u) - w / 2;
    let py = (shape.flipV ? h - v : v) - h / 2;
    if (shape.rot === 5400000) [px, py] = [-py, px];
    return { x: cx + px, y: cy + py };
  });
}
