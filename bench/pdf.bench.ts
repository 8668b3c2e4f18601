/**
 * The whole PDF export (layout + jsPDF drawing + serialisation) of a generated
 * 100-step SOP, in Node. Target: median under 500 ms. Run alone with
 * `node --import tsx bench/pdf.bench.ts`, or through `npm run bench`.
 */
import { loadNodeSheetFonts } from '../src/export/pdf/nodeFontFiles';
import { pathToFileURL } from 'node:url';
import { exportSopPdf } from '../src/export/exportSopPdf';
import { generateSop } from '../src/layout/testing/generateSop';

export interface PdfBenchResult {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  pages: number;
  bytes: number;
  targetMs: number;
}

const TARGET_MS = 500;

/** Times `runs` exports of the same generated 100-step SOP after one warm-up. */
export async function benchPdf(runs = 15): Promise<PdfBenchResult> {
  const doc = generateSop({ seed: 100, steps: 100, actors: 6, decisionRate: 0.15, loopRate: 0.3 });
  const warm = await exportSopPdf(doc, loadNodeSheetFonts);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await exportSopPdf(doc, loadNodeSheetFonts);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median =
    times.length % 2
      ? (times[mid] as number)
      : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return {
    name: 'pdf export, 100 steps × 6 actors',
    medianMs: median,
    minMs: times[0] as number,
    maxMs: times[times.length - 1] as number,
    runs,
    pages: warm.pageCount,
    bytes: warm.bytes.length,
    targetMs: TARGET_MS,
  };
}

/** One line for the bench report. */
export function formatPdfBench(r: PdfBenchResult): string {
  const verdict = r.medianMs < r.targetMs ? 'ok' : 'OVER TARGET';
  return `${r.name}: median ${r.medianMs.toFixed(1)} ms (min ${r.minMs.toFixed(1)}, max ${r.maxMs.toFixed(1)}, ${r.runs} runs; ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KiB) — target < ${r.targetMs} ms: ${verdict}`;
}

/** The suite `bench/run.ts` runs (shaped like its BenchSuite). */
export const pdfBench = {
  name: 'PDF export: layoutSheet + jsPDF drawing + serialisation (Node)',
  async run(): Promise<void> {
    console.log(formatPdfBench(await benchPdf()));
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatPdfBench(await benchPdf()));
}
