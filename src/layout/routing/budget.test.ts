import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry, SheetGeometry } from '../geometry';
import { checkFlowsRouted } from '../invariants';
import { checkSop } from '../../model/rules';
import { layoutSheet, uncleanFlows } from '../layoutSheet';
import { crowdedSop } from '../testing/crowdedSop';
import { sheetMeasurer as measure } from '../text/measure';
import { SHEET_WORK, WorkBudget } from './budget';

const flowchart = (sheet: SheetGeometry) =>
  sheet.pages.filter((p): p is FlowchartPageGeometry => p.kind === 'flowchart');
const marked = (sheet: SheetGeometry) => uncleanFlows(sheet.pages);

/** Label placement of the routes drawn is finished past the budget: at most this much over. */
const LABEL_OVERSHOOT = 200_000;

describe('the routing work budget', () => {
  it('lays out the crowded 121-flow SOP within the sheet budget, every flow drawn', () => {
    const doc = crowdedSop(121);
    const budget = new WorkBudget(SHEET_WORK);
    const sheet = layoutSheet(doc, { measure, budget });
    expect(budget.spent).toBeLessThanOrEqual(SHEET_WORK + LABEL_OVERSHOOT);
    expect(checkFlowsRouted(doc, sheet)).toEqual([]);
    // The flows drawn over other arrows are marked, for the rule checker to name.
    expect(marked(sheet).length).toBeGreaterThan(0);
  });

  it('gives the same routes on every run: work is counted, not timed', () => {
    const doc = crowdedSop(121);
    expect(layoutSheet(doc, { measure })).toEqual(layoutSheet(doc, { measure }));
  });

  it('draws every flow by a marked plain path once no work is left', () => {
    const doc = crowdedSop(121);
    const budget = new WorkBudget(0);
    const sheet = layoutSheet(doc, { measure, budget });
    expect(budget.spent).toBeLessThanOrEqual(LABEL_OVERSHOOT);
    expect(checkFlowsRouted(doc, sheet)).toEqual([]);
    for (const page of flowchart(sheet)) {
      const boxes = [...page.symbols, ...page.connectors];
      for (const route of page.routes) {
        expect(route.fallback).toBe(true);
        // Orthogonal, from the outline of one box to the outline of another.
        const { points } = route;
        for (let k = 1; k < points.length; k++) {
          const [a, b] = [points[k - 1]!, points[k]!];
          expect(a.x === b.x || a.y === b.y).toBe(true);
        }
        const onSomeBox = (p: { x: number; y: number }) =>
          boxes.some(
            (b) =>
              p.x >= b.x - 1e-6 &&
              p.x <= b.x + b.width + 1e-6 &&
              p.y >= b.y - 1e-6 &&
              p.y <= b.y + b.height + 1e-6 &&
              (Math.abs(p.x - b.x) < 1e-6 ||
                Math.abs(p.x - b.x - b.width) < 1e-6 ||
                Math.abs(p.y - b.y) < 1e-6 ||
                Math.abs(p.y - b.y - b.height) < 1e-6),
          );
        expect(onSomeBox(points[0]!)).toBe(true);
        expect(onSomeBox(points[points.length - 1]!)).toBe(true);
      }
    }
  });

  it('routes the example SOPs cleanly, well inside the budget', () => {
    for (const name of ['sop-009', 'sop-024', 'sop-098', 'sop-314']) {
      const file = new URL(`../../../tests/fixtures/${name}.sop.json`, import.meta.url);
      const doc = JSON.parse(readFileSync(file, 'utf8')).sop;
      const budget = new WorkBudget(SHEET_WORK);
      const sheet = layoutSheet(doc, { measure, budget });
      expect(marked(sheet)).toEqual([]);
      expect(budget.spent).toBeLessThan(SHEET_WORK / 100);
    }
  });
});

describe('the flows not routed cleanly', () => {
  it('reach the rule checker as warnings on exactly the marked flows', () => {
    const doc = crowdedSop(121);
    const sheet = layoutSheet(doc, { measure });
    const unclean = uncleanFlows(sheet.pages);
    expect(unclean.length).toBeGreaterThan(0);
    const reported = checkSop(doc, { uncleanFlows: new Set(unclean) })
      .filter((f) => f.code === 'flow.not-routed-cleanly')
      .map((f) => f.target.id);
    expect(reported.sort()).toEqual([...unclean].sort());
  });
});
