/**
 * `npm run bench`: runs every benchmark suite in order and prints its figures.
 * To add one, write `bench/<name>.bench.ts` exporting a BenchSuite and list it here.
 */
import type { BenchSuite } from './harness';
import { bundleBench } from './bundle.bench';
import { diagramBench } from './diagram.bench';
import { docxBench } from './docx.bench';
import { layoutBench } from './layout.bench';
import { libraryBench } from './library.bench';
import { pdfBench } from './pdf.bench';
import { scaleBench } from './scale.bench';
import { xlsxBench } from './xlsx.bench';

const suites: BenchSuite[] = [
  layoutBench,
  pdfBench,
  xlsxBench,
  docxBench,
  bundleBench,
  diagramBench,
  scaleBench,
  libraryBench,
];

for (const suite of suites) {
  console.log(`\n== ${suite.name}`);
  await suite.run();
}
