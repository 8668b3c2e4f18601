/**
 * The whole Excel export (layout + workbook writing + zip) of a generated
 * 100-step SOP, in Node, and the writing alone. Target: median under 300 ms.
 * Run alone with `node --import tsx bench/xlsx.bench.ts`, or through `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { exportSopXlsx } from '../src/export/exportSopXlsx';
import { writeWorkbook } from '../src/export/xlsx/workbook';
import { layoutSheet } from '../src/layout/layoutSheet';
import { generateSop } from '../src/layout/testing/generateSop';
import { sheetMeasurer } from '../src/layout/text/measure';

const TARGET_MS = 300;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, task: () => void): number[] {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times;
}

export function benchXlsx(runs = 15): string {
  const doc = generateSop({ seed: 100, steps: 100, actors: 6, decisionRate: 0.15, loopRate: 0.3 });
  const out = exportSopXlsx(doc);
  const whole = time(runs, () => exportSopXlsx(doc));
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const writing = time(runs, () => writeWorkbook(doc, geometry));
  const m = median(whole);
  const verdict = m < TARGET_MS ? 'ok' : 'OVER TARGET';
  return (
    `xlsx export, 100 steps × 6 actors: median ${m.toFixed(1)} ms (min ${Math.min(...whole).toFixed(1)}, max ${Math.max(...whole).toFixed(1)}, ${runs} runs; ${out.pageCount} pages, ${(out.bytes.length / 1024).toFixed(0)} KiB) — target < ${TARGET_MS} ms: ${verdict}\n` +
    `  of which writing the workbook (geometry given): median ${median(writing).toFixed(1)} ms`
  );
}

export const xlsxBench = {
  name: 'Excel export: layoutSheet + workbook XML + zip (Node)',
  run(): Promise<void> {
    console.log(benchXlsx());
    return Promise.resolve();
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(benchXlsx());
