import { layoutDiagram } from '../src/layout/diagram';
import { layoutSheet, uncleanFlows } from '../src/layout/layoutSheet';
import { SHEET_WORK, WorkBudget } from '../src/layout/routing/budget';
import { crowdedSop } from '../src/layout/testing/crowdedSop';
import { generateSop, type GenerateOptions } from '../src/layout/testing/generateSop';
import { sheetMeasurer } from '../src/layout/text/measure';
import { validateDocument } from '../src/model/validate';
import type { SopDocument } from '../src/model/types';
import { ms, time, type BenchSuite, type Timing } from './harness';
import { LIMIT_DOCUMENTS } from './limitDocs';

const SIZES = [10, 100, 300, 1000];

/** The sheet preview's big case (300 steps, 10 actors), as generated and much denser. */
const WIDE_CASES: { name: string; options: GenerateOptions }[] = [
  {
    name: '300 steps × 10 actors',
    options: { seed: 300, steps: 300, actors: 10, decisionRate: 0.1, loopRate: 0.05 },
  },
  {
    name: '300 steps × 10 actors, dense',
    options: {
      seed: 300,
      steps: 300,
      actors: 10,
      decisionRate: 0.3,
      loopRate: 0.15,
      multiSymbolRate: 0.3,
      pageBreakRate: 0.03,
    },
  },
];

function report(label: string, options: GenerateOptions, minRuns: number): Timing {
  const doc = generateSop(options);
  const timing = time(() => layoutSheet(doc, { measure: sheetMeasurer }), {
    minRuns,
    budgetMs: 1500,
  });
  const pages = layoutSheet(doc, { measure: sheetMeasurer }).pages.length;
  console.log(
    `${label.padEnd(30)} ${String(pages).padStart(4)} pages  median${ms(timing.median)}  min${ms(timing.min)}  (${timing.runs} runs)`,
  );
  return timing;
}

/** Target for any valid document, sheet or canvas, in Node. */
const WORST_TARGET_MS = 2000;

/** Median time of a sheet and a canvas layout of `doc`, with the work each spent and the flows left unclean. */
function limitCase(name: string, doc: SopDocument): number {
  if (!validateDocument(doc).ok) throw new Error(`${name}: not a valid document`);
  let worst = 0;
  for (const kind of ['sheet', 'canvas'] as const) {
    let spent = 0;
    let unclean = 0;
    const run = () => {
      const budget = new WorkBudget(SHEET_WORK);
      const pages =
        kind === 'sheet'
          ? layoutSheet(doc, { measure: sheetMeasurer, budget }).pages
          : [layoutDiagram(doc, sheetMeasurer, budget).page];
      spent = budget.spent;
      unclean = uncleanFlows(pages).length;
    };
    const timing = time(run, { minRuns: 3, budgetMs: 0 });
    worst = Math.max(worst, timing.median);
    console.log(
      `${name.padEnd(42)} ${kind.padEnd(6)} median${ms(timing.median)}  work ${(spent / 1e6).toFixed(2).padStart(5)} M  not routed cleanly ${String(unclean).padStart(4)} of ${doc.flows.length}`,
    );
  }
  return worst;
}

/** layoutSheet (columns, rows, pagination, connectors, arrow routing) on generated SOPs. */
export const layoutBench: BenchSuite = {
  name: 'layoutSheet: layout + routing (8 actors, ~10% decisions, ~5% loops back; then 10 actors)',
  run() {
    const results = new Map<number, Timing>();
    for (const steps of SIZES) {
      const options = { seed: 2012, steps, actors: 8, decisionRate: 0.1, loopRate: 0.05 };
      results.set(steps, report(`${steps} steps`, options, steps >= 1000 ? 5 : 10));
    }
    const r100 = results.get(100)!.median;
    const r1000 = results.get(1000)!.median;
    console.log(
      `ratio 1000/100: ${(r1000 / r100).toFixed(1)}×  (target < 20×; 100 steps target < 30 ms)`,
    );
    for (const { name, options } of WIDE_CASES) report(name, options, 10);

    console.log(`\nsmall files crowded with arrows (20 steps, 3 actors; median of 3)`);
    for (const flows of [121, 196]) limitCase(`${flows} flows among 20 steps`, crowdedSop(flows));
    console.log(`\nvalid documents at the format's limits (median of 3, after a warm-up run)`);
    let worst = 0;
    for (const { name, make } of LIMIT_DOCUMENTS) worst = Math.max(worst, limitCase(name, make()));
    console.log(
      `worst layout at the limits ${ms(worst)}  (target < ${WORST_TARGET_MS} ms${worst < WORST_TARGET_MS ? '' : `: missed by ${ms(worst - WORST_TARGET_MS).trim()}`})`,
    );
  },
};
