/**
 * `npm run quality -- [count] [--seed n]`: how the sheet reads, over many generated SOPs
 * (5–120 steps, 1–12 actors, every paper, both orientations; the same seed gives the
 * same SOPs). Prints, for each fault a careful draftsman avoids, how many cases were
 * found and in how many SOPs, plus pages per SOP and crossings per page.
 */
import type { FlowchartPageGeometry } from '../src/layout/geometry';
import { drawingFindings, type DrawingFindings } from '../src/layout/invariants/drawingQuality';
import { countMidWordBreaks } from '../src/layout/invariants/wordBreakChecks';
import { layoutSheet } from '../src/layout/layoutSheet';
import { generateSop, seededRandom } from '../src/layout/testing/generateSop';
import { sheetMeasurer as measure } from '../src/layout/text/measure';
import type { Orientation, Paper } from '../src/model/types';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
const seed = Number(option('--seed') ?? 2026);
const papers: Paper[] = ['A4', 'F4', 'Letter', 'Legal'];
const orientations: Orientation[] = ['landscape', 'portrait'];

type Fault = keyof DrawingFindings;
const faults: { key: Fault; name: string }[] = [
  { key: 'headOnJoins', name: 'head-on joins' },
  { key: 'headsOnBends', name: 'heads on bends' },
  { key: 'crossings', name: 'crossings' },
  { key: 'huggingLines', name: 'arrows hugging a table line' },
  { key: 'labelsTouching', name: 'labels touching a line' },
];
const totals = new Map<Fault, { cases: number; sops: number }>(
  faults.map((f) => [f.key, { cases: 0, sops: 0 }]),
);
const pageCrossings: number[] = [];
const pagesPerSop: number[] = [];
const words = { midWord: 0, midWordSops: 0, hyphenated: 0, hyphenatedSops: 0 };
const example = new Map<Fault, string>();

const rnd = seededRandom(seed);
const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
const started = performance.now();
for (let i = 0; i < count; i++) {
  const doc = generateSop({
    seed: int(1, 2 ** 31 - 1),
    steps: int(5, 120),
    actors: int(1, 12),
    decisionRate: rnd() * 0.3,
    loopRate: rnd() * 0.15,
    multiSymbolRate: rnd() * 0.3,
    pageBreakRate: rnd() * 0.05,
    paper: papers[int(0, papers.length - 1)],
    orientation: orientations[int(0, 1)],
  });
  const sheet = layoutSheet(doc, { measure });
  const pages = sheet.pages.filter((p): p is FlowchartPageGeometry => p.kind === 'flowchart');
  pagesPerSop.push(pages.length);
  const midWord = countMidWordBreaks(sheet);
  // Lines the wrapper ended with a hyphen (generated text has no hyphens of its own).
  const hyphenated = pages
    .flatMap((p) => p.texts.flatMap((t) => t.lines))
    .filter((l) => l.text.endsWith('-')).length;
  words.midWord += midWord;
  words.midWordSops += midWord > 0 ? 1 : 0;
  words.hyphenated += hyphenated;
  words.hyphenatedSops += hyphenated > 0 ? 1 : 0;
  const inSop = new Map<Fault, number>();
  for (const page of pages) {
    const found = drawingFindings(page, measure);
    pageCrossings.push(found.crossings.length);
    for (const { key } of faults) {
      inSop.set(key, (inSop.get(key) ?? 0) + found[key].length);
      if (!example.has(key) && found[key].length > 0)
        example.set(key, `${doc.identity.name}: ${found[key][0]}`);
    }
  }
  for (const [key, n] of inSop) {
    const t = totals.get(key)!;
    t.cases += n;
    if (n > 0) t.sops += 1;
  }
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`quality over ${count} generated SOPs (seed ${seed})`);
console.log('fault'.padEnd(30), 'cases'.padStart(7), 'SOPs'.padStart(7));
for (const { key, name } of faults) {
  const t = totals.get(key)!;
  console.log(name.padEnd(30), String(t.cases).padStart(7), String(t.sops).padStart(7));
}
console.log(
  'mid-word breaks'.padEnd(30),
  String(words.midWord).padStart(7),
  String(words.midWordSops).padStart(7),
);
console.log(
  'hyphenated lines'.padEnd(30),
  String(words.hyphenated).padStart(7),
  String(words.hyphenatedSops).padStart(7),
);
console.log(
  `crossings per page: mean ${mean(pageCrossings).toFixed(2)}, most ${Math.max(0, ...pageCrossings)}, pages with any ${pageCrossings.filter((n) => n > 0).length} of ${pageCrossings.length}`,
);
console.log(
  `flowchart pages per SOP: mean ${mean(pagesPerSop).toFixed(2)}, most ${Math.max(0, ...pagesPerSop)}`,
);
for (const [key, text] of example) console.log(`e.g. ${key}: ${text}`);
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
