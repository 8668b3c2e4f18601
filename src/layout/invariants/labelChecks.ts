import type { FlowchartPageGeometry, Point, Rect, Route, TextMeasurer } from '../geometry';
import { labelBox } from '../routing/labelBox';
import { crossesInterior, insideOutline, segmentsOf, type OutlineShape } from './outline';

/** Farthest a label's text may be from its own arrow's start, in points. */
export const LABEL_REACH = 12;
/** Closest another arrow or a table line may pass a label's text, in points. */
export const LABEL_CLEARANCE = 0.5;

/** Distance from `p` to the nearest point of `r` (0 inside). */
export function distanceToRect(p: Point, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width));
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height));
  return Math.hypot(dx, dy);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether some ink of the text box falls inside a symbol's drawn outline (sampled every 0.5 pt). */
function meetsOutline(box: Rect, shape: OutlineShape, r: Rect): boolean {
  if (!overlaps(box, r)) return false;
  const nx = Math.max(1, Math.ceil(box.width / 0.5));
  const ny = Math.max(1, Math.ceil(box.height / 0.5));
  for (let i = 0; i <= nx; i++) {
    for (let j = 0; j <= ny; j++) {
      const p = { x: box.x + (box.width * i) / nx, y: box.y + (box.height * j) / ny };
      if (insideOutline(shape, r, p)) return true;
    }
  }
  return false;
}

/** The table's body (rows and connector strips, below the header): labels stay inside it. */
function tableBody(page: FlowchartPageGeometry): Rect | null {
  if (page.lines.length === 0) return null;
  const xs = page.lines.flatMap((l) => [l.x1, l.x2]);
  const ys = page.lines.flatMap((l) => [l.y1, l.y2]);
  const firstBand = Math.min(
    ...page.rows.map((r) => r.y),
    ...page.connectors.filter((c) => c.end === 'in').map((c) => c.y),
  );
  const above = page.lines
    .filter((l) => Math.abs(l.y1 - l.y2) < 1e-6 && l.y1 <= firstBand + 0.01)
    .map((l) => l.y1);
  const top = above.length > 0 ? Math.max(...above) : Math.min(...ys);
  const left = Math.min(...xs);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/**
 * Every route label reads as its own exit's: its text box (measured at
 * ROUTE_LABEL_FONT) overlaps no symbol or connector, no arrow crosses it (its
 * own first segment may touch its side), it stays inside the table body
 * without crossing a table line, it sits within LABEL_REACH of its own
 * arrow's start and nearer to it than to any other arrow's start, and it
 * overlaps no other label.
 */
export function checkRouteLabels(page: FlowchartPageGeometry, measure: TextMeasurer): string[] {
  const problems: string[] = [];
  const body = tableBody(page);
  const labelled = page.routes.filter(
    (r): r is Route & { label: NonNullable<Route['label']> } =>
      r.label !== null && r.label.text.trim() !== '',
  );
  const boxes = new Map(labelled.map((r) => [r, labelBox(r.label, measure)]));
  const shapes: { name: string; shape: OutlineShape; rect: Rect }[] = [
    ...page.symbols.map((s) => ({ name: `symbol ${s.symbolId}`, shape: s.shape, rect: s })),
    ...page.connectors.map((c) => ({
      name: `connector ${c.label}`,
      shape: 'connector' as const,
      rect: c,
    })),
  ];
  const clear = (b: Rect): Rect => ({
    x: b.x - LABEL_CLEARANCE,
    y: b.y - LABEL_CLEARANCE,
    width: b.width + 2 * LABEL_CLEARANCE,
    height: b.height + 2 * LABEL_CLEARANCE,
  });

  for (const route of labelled) {
    const box = boxes.get(route)!;
    const where = `page ${page.index} flow ${route.flowId}: label "${route.label.text}"`;
    for (const s of shapes)
      if (meetsOutline(box, s.shape, s.rect)) problems.push(`${where} overlaps ${s.name}`);
    for (const other of page.routes) {
      for (const seg of segmentsOf(other)) {
        const ownFirst = other === route && seg.index === 0;
        const crossed = ownFirst
          ? crossesInterior(seg, box, 0.1)
          : crossesInterior(seg, clear(box), 0);
        if (crossed)
          problems.push(
            other === route
              ? `${where} lies across its own arrow`
              : `${where} is crossed by flow ${other.flowId}`,
          );
      }
    }
    if (body) {
      const inside =
        box.x >= body.x &&
        box.y >= body.y &&
        box.x + box.width <= body.x + body.width &&
        box.y + box.height <= body.y + body.height;
      if (!inside) problems.push(`${where} leaves the table`);
    }
    for (const line of page.lines) {
      const seg = {
        a: { x: line.x1, y: line.y1 },
        b: { x: line.x2, y: line.y2 },
        horizontal: Math.abs(line.y1 - line.y2) < 1e-6,
        index: 0,
      };
      if (crossesInterior(seg, clear(box), 0)) {
        problems.push(`${where} crosses a table line`);
        break;
      }
    }
    const start = route.points[0];
    if (!start) continue;
    const own = distanceToRect(start, box);
    if (own > LABEL_REACH) problems.push(`${where} is ${own.toFixed(1)} pt from its arrow's start`);
    for (const other of page.routes) {
      const p = other.points[0];
      if (other === route || !p) continue;
      if (distanceToRect(p, box) <= own)
        problems.push(`${where} is as near to the start of flow ${other.flowId} as to its own`);
    }
  }
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i]!;
      const b = labelled[j]!;
      if (overlaps(boxes.get(a)!, boxes.get(b)!))
        problems.push(`page ${page.index}: labels of flows ${a.flowId} and ${b.flowId} overlap`);
    }
  }
  return problems;
}
