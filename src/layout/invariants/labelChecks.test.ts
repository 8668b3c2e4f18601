import { describe, expect, it } from 'vitest';
import type { SopDocument } from '../../model/types';
import type { FlowchartPageGeometry, Rect, Route, SheetGeometry } from '../geometry';
import { layoutSheet } from '../layoutSheet';
import { labelBox } from '../routing/labelBox';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';
import { checkRouteLabels, checkSheet } from './index';

type Labelled = Route & { label: NonNullable<Route['label']> };

/** A clean sheet and one page with labelled exits, to break on purpose. */
function cleanPage(): { doc: SopDocument; sheet: SheetGeometry; page: FlowchartPageGeometry } {
  const doc = generateSop({ seed: 11, steps: 40, actors: 3, decisionRate: 0.3, loopRate: 0.1 });
  const sheet = structuredClone(layoutSheet(doc, { measure }));
  const page = sheet.pages.find(
    (p): p is FlowchartPageGeometry =>
      p.kind === 'flowchart' && p.routes.filter((r) => r.label).length >= 2,
  )!;
  return { doc, sheet, page };
}

const labelled = (page: FlowchartPageGeometry): Labelled[] =>
  page.routes.filter((r): r is Labelled => r.label !== null);

/** Moves a label so that its text box's top-left corner is at (x, y). */
function moveBox(route: Labelled, x: number, y: number): void {
  const box = labelBox(route.label, measure);
  route.label.x += x - box.x;
  route.label.y += y - box.y;
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

describe('route label checker', () => {
  it('passes the labels that layoutSheet placed', () => {
    const { doc, sheet, page } = cleanPage();
    expect(labelled(page).length).toBeGreaterThanOrEqual(2);
    expect(checkSheet(doc, sheet, measure)).toEqual([]);
  });

  it('notices a label over a symbol', () => {
    const { page } = cleanPage();
    const route = labelled(page)[0]!;
    const symbol = page.symbols.find((s) => s.shape === 'process') ?? page.symbols[0]!;
    const c = centre(symbol);
    moveBox(route, c.x - 2, c.y - 2);
    expect(checkRouteLabels(page, measure).some((p) => p.includes('overlaps symbol'))).toBe(true);
  });

  it("notices another arrow crossing a label, and a label across its own arrow's start", () => {
    const { page } = cleanPage();
    const [a, b] = labelled(page);
    const box = labelBox(a!.label, measure);
    const other = page.routes.find((r) => r !== a)!;
    other.points.push(
      { x: other.points[other.points.length - 1]!.x, y: box.y + box.height / 2 },
      { x: box.x - 5, y: box.y + box.height / 2 },
      { x: box.x + box.width + 5, y: box.y + box.height / 2 },
    );
    // b's text centred on its own first segment's start.
    const start = b!.points[0]!;
    const own = labelBox(b!.label, measure);
    moveBox(b!, start.x - own.width / 2, start.y - own.height / 2);
    const problems = checkRouteLabels(page, measure);
    expect(problems.some((p) => p.includes(`label "${a!.label.text}" is crossed by flow`))).toBe(
      true,
    );
    expect(problems.some((p) => p.includes('lies across its own arrow'))).toBe(true);
  });

  it('notices a label outside the table and one across a table line', () => {
    const { page } = cleanPage();
    const [a, b] = labelled(page);
    const right = Math.max(...page.lines.map((l) => Math.max(l.x1, l.x2)));
    moveBox(a!, right + 4, labelBox(a!.label, measure).y);
    const column = page.columns.find((c) => c.kind === 'actor')!;
    const row = page.rows[0]!;
    moveBox(b!, column.x + column.width - 4, row.y + row.height / 2);
    const problems = checkRouteLabels(page, measure);
    expect(problems.some((p) => p.includes('leaves the table'))).toBe(true);
    expect(problems.some((p) => p.includes('crosses a table line'))).toBe(true);
  });

  it("notices a label far from its arrow's start, and one nearer to another arrow's start", () => {
    const { page } = cleanPage();
    const [a, b] = labelled(page);
    const box = labelBox(a!.label, measure);
    moveBox(a!, box.x, box.y + 20);
    const other = page.routes.find((r) => r !== b && r.flowId !== b!.flowId)!;
    const p = other.points[0]!;
    moveBox(b!, p.x + 1, p.y + 1);
    const problems = checkRouteLabels(page, measure);
    expect(problems.some((q) => q.includes("pt from its arrow's start"))).toBe(true);
    expect(problems.some((q) => q.includes(`as near to the start of flow ${other.flowId}`))).toBe(
      true,
    );
  });

  it('notices two labels on top of each other', () => {
    const { page } = cleanPage();
    const [a, b] = labelled(page);
    const box = labelBox(a!.label, measure);
    moveBox(b!, box.x + 2, box.y + 1);
    expect(checkRouteLabels(page, measure).some((p) => p.includes('overlap'))).toBe(true);
  });
});
