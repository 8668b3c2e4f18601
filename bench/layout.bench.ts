import { layoutSheet } from '../src/layout/layoutSheet';
import { generateSop, type GenerateOptions } from '../src/layout/testing/generateSop';
import { helveticaMeasurer } from '../src/layout/text/measure';
import { ms, time, type BenchSuite, type Timing } from './harness';

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
  const timing = time(() => layoutSheet(doc, { measure: helveticaMeasurer }), {
    minRuns,
    budgetMs: 1500,
  });
  const pages = layoutSheet(doc, { measure: helveticaMeasurer }).pages.length;
  console.log(
    `${label.padEnd(30)} ${String(pages).padStart(4)} pages  median${ms(timing.median)}  min${ms(timing.min)}  (${timing.runs} runs)`,
  );
  return timing;
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
  },
};
