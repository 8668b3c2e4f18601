import { describe, expect, it } from 'vitest';
import type { SopDocument } from '../../model/types';
import type { FlowchartPageGeometry, SheetGeometry } from '../geometry';
import { layoutSheet } from '../layoutSheet';
import { buildSop, symbolId } from '../testing/buildSop';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';
import { checkConnectorPairs, checkSheet, distanceToOutline } from './index';
import { crossesOutline, segmentsOf } from './outline';

/** A clean sheet to break on purpose: every checker must notice its own kind of fault. */
function cleanSheet(): { doc: SopDocument; sheet: SheetGeometry; page: FlowchartPageGeometry } {
  const doc = generateSop({ seed: 11, steps: 40, actors: 3, decisionRate: 0.2, loopRate: 0.1 });
  const sheet = structuredClone(layoutSheet(doc, { measure }));
  const page = sheet.pages.find(
    (p): p is FlowchartPageGeometry => p.kind === 'flowchart' && p.routes.length > 2,
  )!;
  return { doc, sheet, page };
}

describe('sheet invariant checkers', () => {
  it('pass a sheet that layoutSheet made', () => {
    const { doc, sheet } = cleanSheet();
    expect(checkSheet(doc, sheet, measure)).toEqual([]);
  });

  it('notice an arrow that stops short of its symbol', () => {
    const { doc, sheet, page } = cleanSheet();
    const route = page.routes[0]!;
    const last = route.points[route.points.length - 1]!;
    const prev = route.points[route.points.length - 2]!;
    if (prev.x === last.x) last.y += prev.y < last.y ? -6 : 6;
    else last.x += prev.x < last.x ? -6 : 6;
    expect(
      checkSheet(doc, sheet).some((p) => p.includes("does not end on its target's outline")),
    ).toBe(true);
  });

  it('notice a slanted segment and a segment through a symbol', () => {
    const { doc, sheet, page } = cleanSheet();
    const start = page.routes[0]!.points[0]!;
    page.routes[0]!.points.splice(1, 0, { x: start.x + 5, y: start.y + 5 });
    const symbol = page.symbols[0]!;
    const y = symbol.y + symbol.height / 2;
    page.routes[1]!.points = [
      { x: symbol.x - 10, y },
      { x: symbol.x + symbol.width + 10, y },
    ];
    const problems = checkSheet(doc, sheet);
    expect(problems.some((p) => p.includes('not axis-aligned'))).toBe(true);
    expect(problems.some((p) => p.includes('crosses a symbol'))).toBe(true);
  });

  it('notice two arrows running along each other', () => {
    const { doc, sheet, page } = cleanSheet();
    const a = page.routes[0]!;
    page.routes.push({
      ...a,
      flowId: page.routes[1]!.flowId,
      points: a.points.map((p) => ({ x: p.x + 1, y: p.y })),
    });
    expect(checkSheet(doc, sheet).some((p) => p.includes('run along each other'))).toBe(true);
  });

  it('notice a symbol outside its cell, a connector without its pair, a drawing outside the margins', () => {
    const { doc, sheet, page } = cleanSheet();
    page.symbols[0]!.y -= 200;
    const withConnector = sheet.pages.find(
      (p): p is FlowchartPageGeometry => p.kind === 'flowchart' && p.connectors.length > 0,
    )!;
    withConnector.connectors[0]!.label = 'ZZZ';
    page.lines.push({ x1: 1, y1: 1, x2: 5, y2: 1, width: 1 });
    const problems = checkSheet(doc, sheet);
    expect(problems.some((p) => p.includes('leaves its cell'))).toBe(true);
    expect(problems.some((p) => p.includes('connector pair'))).toBe(true);
    expect(problems.some((p) => p.includes('outside the margins'))).toBe(true);
  });

  it('notice a missing flow and a row out of order', () => {
    const { doc, sheet, page } = cleanSheet();
    page.routes.pop();
    page.rows.reverse();
    const problems = checkSheet(doc, sheet);
    expect(problems.some((p) => p.includes('is not routed once'))).toBe(true);
    expect(problems.some((p) => p.includes('is not step'))).toBe(true);
  });
});

describe('distanceToOutline', () => {
  const r = { x: 0, y: 0, width: 30, height: 20 };
  it('is zero on the diamond vertices and positive inside or beside it', () => {
    expect(distanceToOutline('decision', r, { x: 0, y: 10 })).toBeCloseTo(0, 9);
    expect(distanceToOutline('decision', r, { x: 15, y: 0 })).toBeCloseTo(0, 9);
    expect(distanceToOutline('decision', r, { x: 0, y: 0 })).toBeGreaterThan(5);
  });
  it('follows the capsule ends and the pentagon point', () => {
    expect(distanceToOutline('terminator', r, { x: 0, y: 10 })).toBeCloseTo(0, 9);
    expect(distanceToOutline('terminator', r, { x: 0, y: 0 })).toBeGreaterThan(2);
    expect(distanceToOutline('connector', r, { x: 15, y: 20 })).toBeCloseTo(0, 9);
    expect(distanceToOutline('connector', r, { x: 0, y: 20 })).toBeGreaterThan(2);
  });
});

describe('crossesOutline', () => {
  const r = { x: 0, y: 0, width: 30, height: 20 };
  const seg = (points: { x: number; y: number }[]) =>
    segmentsOf({ flowId: 'f', points, arrowhead: true, label: null })[0]!;
  it('lets an arrow leave a diamond from its slanted edge, inside the box but outside the diamond', () => {
    // From the middle of the lower-left edge straight down, and straight left.
    expect(
      crossesOutline(
        seg([
          { x: 7.5, y: 15 },
          { x: 7.5, y: 30 },
        ]),
        'decision',
        r,
      ),
    ).toBe(false);
    expect(
      crossesOutline(
        seg([
          { x: 7.5, y: 15 },
          { x: -10, y: 15 },
        ]),
        'decision',
        r,
      ),
    ).toBe(false);
  });
  it('notices an arrow through the diamond, or into a capsule beside its round end', () => {
    expect(
      crossesOutline(
        seg([
          { x: 7.5, y: 15 },
          { x: 7.5, y: 5 },
        ]),
        'decision',
        r,
      ),
    ).toBe(true);
    expect(
      crossesOutline(
        seg([
          { x: 2, y: 10 },
          { x: 2, y: 30 },
        ]),
        'terminator',
        r,
      ),
    ).toBe(true);
    expect(
      crossesOutline(
        seg([
          { x: 1, y: 1 },
          { x: 1, y: -10 },
        ]),
        'terminator',
        r,
      ),
    ).toBe(false);
  });
});

describe('checkConnectorPairs', () => {
  /** Six rows, a break before rows 3, 4 and 5: the flow from row 2 to row 5 skips two pages. */
  function skipping() {
    const doc = buildSop({
      actors: 2,
      rows: [[0], [0], [1], [1], [0], [0]],
      flows: [
        ['0.0', '1.0'],
        ['1.0', '2.0'],
        ['2.0', '3.0'],
        ['3.0', '4.0'],
        ['4.0', '5.0'],
        ['1.0', '4.0', 'Tidak'],
      ],
      breaks: [2, 3, 4],
    });
    const sheet = structuredClone(layoutSheet(doc, { measure }));
    const pages = sheet.pages.filter((p): p is FlowchartPageGeometry => p.kind === 'flowchart');
    const skip = doc.flows[5]!;
    const pageOf = (id: string) => pages.find((p) => p.symbols.some((s) => s.symbolId === id))!;
    return { doc, sheet, pages, skip, from: pageOf(skip.from), to: pageOf(skip.to) };
  }

  it("puts a page-skipping flow's pair on its source's and its target's page, nowhere between", () => {
    const { doc, sheet, pages, skip, from, to } = skipping();
    expect(to.index - from.index).toBe(3);
    expect(symbolId('4.0')).toBe(skip.to);
    const own = pages.flatMap((p) =>
      p.connectors.filter((c) => c.flowId === skip.id).map((c) => [c.end, p.index]),
    );
    expect(own.sort()).toEqual([
      ['in', to.index],
      ['out', from.index],
    ]);
    expect(checkConnectorPairs(doc, sheet)).toEqual([]);
    expect(checkSheet(doc, sheet, measure)).toEqual([]);
  });

  it("notices an 'in' end on the next page instead of the target's, and an 'out' end above the rows", () => {
    const { doc, sheet, pages, skip, from } = skipping();
    const into = pages
      .flatMap((p) => p.connectors)
      .find((c) => c.flowId === skip.id && c.end === 'in')!;
    const owner = pages.find((p) => p.connectors.includes(into))!;
    owner.connectors.splice(owner.connectors.indexOf(into), 1);
    const next = pages.find((p) => p.index === from.index + 1)!;
    next.connectors.push({ ...into, pageIndex: next.index });
    const out = from.connectors.find((c) => c.flowId === skip.id)!;
    out.y = from.rows[0]!.y - out.height;
    const problems = checkConnectorPairs(doc, sheet);
    expect(problems.some((p) => p.includes(`'in' is on page ${next.index}`))).toBe(true);
    expect(
      problems.some((p) => p.includes("'out' is not below the step in the page's last row")),
    ).toBe(true);
  });

  it('notices a label shared by two pairs, a missing half, and a connector on a flow within one page', () => {
    const doc = generateSop({ seed: 4, steps: 60, actors: 4 });
    const sheet = structuredClone(layoutSheet(doc, { measure }));
    const pages = sheet.pages.filter((p): p is FlowchartPageGeometry => p.kind === 'flowchart');
    const all = pages.flatMap((p) => p.connectors);
    const [a, b] = [...new Set(all.map((c) => c.flowId))];
    for (const c of all.filter((c) => c.flowId === b))
      c.label = all.find((k) => k.flowId === a)!.label;
    const half = pages.find((p) => p.connectors.some((c) => c.flowId === a && c.end === 'in'))!;
    half.connectors = half.connectors.filter((c) => !(c.flowId === a && c.end === 'in'));
    const local = pages[0]!.routes.find((r) => !all.some((c) => c.flowId === r.flowId))!;
    pages[0]!.connectors.push({
      ...all[0]!,
      flowId: local.flowId,
      label: 'ZZ',
      pageIndex: pages[0]!.index,
    });
    const problems = checkConnectorPairs(doc, sheet);
    expect(problems.some((p) => p.includes(`used by flows ${a} and ${b}`))).toBe(true);
    expect(problems.some((p) => p.includes(`flow ${a}`) && p.includes("0 'in'"))).toBe(true);
    expect(problems.some((p) => p.includes(`flow ${local.flowId} stays on page`))).toBe(true);
  });
});
