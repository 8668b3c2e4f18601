import { layoutSheet } from '../src/layout/layoutSheet';
import { generateSop } from '../src/layout/testing/generateSop';
import { helveticaMeasurer } from '../src/layout/text/measure';
import { ms, time, type BenchSuite, type Timing } from './harness';

const SIZES = [10, 100, 300, 1000];

/** layoutSheet (columns, rows, pagination, connectors, arrow routing) on generated SOPs. */
export const layoutBench: BenchSuite = {
  name: 'layoutSheet: layout + routing (8 actors, ~10% decisions, ~5% loops back)',
  run() {
    const results = new Map<number, Timing>();
    for (const steps of SIZES) {
      const doc = generateSop({ seed: 2012, steps, actors: 8, decisionRate: 0.1, loopRate: 0.05 });
      const timing = time(() => layoutSheet(doc, { measure: helveticaMeasurer }), {
        minRuns: steps >= 1000 ? 5 : 10,
        budgetMs: 1500,
      });
      results.set(steps, timing);
      const pages = layoutSheet(doc, { measure: helveticaMeasurer }).pages.length;
      console.log(
        `${String(steps).padStart(5)} steps  ${String(pages).padStart(4)} pages  median${ms(timing.median)}  min${ms(timing.min)}  (${timing.runs} runs)`,
      );
    }
    const r100 = results.get(100)!.median;
    const r1000 = results.get(1000)!.median;
    console.log(
      `ratio 1000/100: ${(r1000 / r100).toFixed(1)}×  (target < 20×; 100 steps target < 30 ms)`,
    );
  },
};
