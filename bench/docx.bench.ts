/**
 * The whole Word export (layout + document + zip) of a generated 100-step SOP, in Node, and
 * the writing alone. Target: median under 1,000 ms (a click on Ekspor → Word).
 * Run alone with `node --import tsx bench/docx.bench.ts`, or through `npm run bench`.
 */
import { Packer } from 'docx';
import { pathToFileURL } from 'node:url';
import { sopDocument } from '../src/export/docx/document';
import { exportSopDocx } from '../src/export/exportSopDocx';
import { layoutSheet } from '../src/layout/layoutSheet';
import { generateSop } from '../src/layout/testing/generateSop';
import { sheetMeasurer } from '../src/layout/text/measure';

const TARGET_MS = 1000;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}

export async function benchDocx(runs = 10): Promise<string> {
  const doc = generateSop({ seed: 100, steps: 100, actors: 6, decisionRate: 0.15, loopRate: 0.3 });
  const out = await exportSopDocx(doc);
  const whole = await time(runs, () => exportSopDocx(doc));
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const writing = await time(runs, () => Packer.toArrayBuffer(sopDocument(doc, geometry)));
  const m = median(whole);
  const verdict = m < TARGET_MS ? 'ok' : 'OVER TARGET';
  return (
    `docx export, 100 steps × 6 actors: median ${m.toFixed(1)} ms (min ${Math.min(...whole).toFixed(1)}, max ${Math.max(...whole).toFixed(1)}, ${runs} runs; ${out.pageCount} pages, ${(out.bytes.length / 1024).toFixed(0)} KiB) — target < ${TARGET_MS} ms: ${verdict}\n` +
    `  of which writing the document (geometry given): median ${median(writing).toFixed(1)} ms`
  );
}

export const docxBench = {
  name: 'Word export: layoutSheet + document XML + zip (Node)',
  async run(): Promise<void> {
    console.log(await benchDocx());
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await benchDocx());
