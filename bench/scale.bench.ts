/**
 * The app in Chromium at the format's scale: a generated SOP of 2,000 steps (keystroke
 * latency in the steps table, the identity form and the diagram's inspector; the PNG
 * export), and the small file with 121 arrows among 20 steps that used to freeze the page
 * (how long until it answers, and a keystroke right after opening it). Builds the app with
 * Vite, serves it with `vite preview`, drives Debian's Chromium through playwright-core.
 * BENCH_APP_ROOT measures another checkout of the app (an older commit, for comparison);
 * SCALE_PARTS=crowded or SCALE_PARTS=big runs one half.
 * Run alone: `node --import tsx bench/scale.bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { crowdedSop } from '../src/layout/testing/crowdedSop';
import { generateSop } from '../src/layout/testing/generateSop';
import type { SopDocument } from '../src/model/types';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { keystrokeLatencies, median, p95 } from './diagramPage';
import type { BenchSuite } from './harness';

const TARGETS = { keyMs: 100, pngMs: 20_000 };
const VIEWPORT = { width: 1600, height: 1000 };
const TYPED = ' dan arsip';
const SINGLE = ' data';

async function serve(root: string, outDir: string, port: number): Promise<PreviewServer> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
}

async function newPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  // The old app could hold the page for minutes: wait as long as it takes, and say how long.
  page.setDefaultTimeout(900_000);
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(url);
  await page.getByTestId('top-bar').waitFor();
  return page;
}

/** Opens `doc` through the file dialog; resolves when the page answers again. */
async function open(page: Page, doc: SopDocument, name: string): Promise<number> {
  const started = Date.now();
  await page.getByTestId('file-open-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'sop-ap', version: 1, sop: doc })),
  });
  await page.waitForFunction(
    (steps) => document.querySelector('.status-counts')?.textContent?.includes(String(steps)),
    doc.steps.length,
    { timeout: 600_000 },
  );
  await page.evaluate(() => 0);
  return Date.now() - started;
}

interface Keys {
  typing: number[];
  single: number[];
}

/** Keys 150 ms apart (typing), then 600 ms apart (each pays for what its edit sets off). */
async function keys(page: Page, selector: string): Promise<Keys> {
  const field = page.locator(selector).first();
  await field.waitFor({ timeout: 600_000 });
  const typing = await keystrokeLatencies(page, field, TYPED, 150);
  await page.waitForTimeout(1000);
  const single = await keystrokeLatencies(page, field, SINGLE, 600);
  await page.waitForTimeout(1000);
  return { typing, single };
}

const f = (n: number) => `${n.toFixed(0).padStart(7)} ms`;
const line = (label: string, k: Keys) =>
  console.log(
    `${label.padEnd(34)} typing median ${f(median(k.typing))}  p95 ${f(p95(k.typing))}   single median ${f(median(k.single))}  p95 ${f(p95(k.single))}`,
  );

async function bigDocument(browser: Browser, url: string): Promise<void> {
  const doc = generateSop({
    seed: 2000,
    steps: 2000,
    actors: 8,
    decisionRate: 0.1,
    loopRate: 0.05,
  });
  const page = await newPage(browser, url);
  const opened = await open(page, doc, 'big.sop.json');
  console.log(
    `2,000 steps, ${doc.actors.length} actors, ${doc.flows.length} flows: opened (page answers) ${f(opened)}`,
  );
  const results: [string, Keys][] = [];
  await page.getByTestId('view-steps').click();
  await page.getByTestId('steps-table').waitFor();
  results.push([
    'keystroke, steps table (activity)',
    await keys(page, '[data-testid="steps-table"] textarea[data-col="activity"]'),
  ]);
  await page.getByTestId('view-identity').click();
  results.push([
    'keystroke, identity form (number)',
    await keys(page, '[data-testid="identity-number"]'),
  ]);
  await page.getByTestId('view-diagram').click();
  await page.getByTestId('symbol').nth(2).waitFor({ timeout: 600_000 });
  await page.getByTestId('symbol').nth(2).click();
  results.push([
    'keystroke, diagram inspector',
    await keys(page, '[data-testid="inspector-activity"]'),
  ]);
  for (const [label, k] of results) line(label, k);
  const worst = Math.max(...results.map(([, k]) => Math.max(median(k.typing), median(k.single))));
  console.log(
    `worst keystroke median ${f(worst)}   (target < ${TARGETS.keyMs} ms${worst < TARGETS.keyMs ? '' : `: missed by ${f(worst - TARGETS.keyMs)}`})`,
  );

  const started = Date.now();
  await page.getByTestId('menu-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 900_000 }),
    page.getByTestId('export-png').click(),
  ]);
  await download.path();
  const png = Date.now() - started;
  console.log(
    `PNG export at 2,000 steps ${f(png)}   (target < ${TARGETS.pngMs} ms${png < TARGETS.pngMs ? '' : `: missed by ${f(png - TARGETS.pngMs)}`})`,
  );
  await page.close();
}

async function crowdedFile(browser: Browser, url: string, flows: number): Promise<void> {
  const doc = crowdedSop(flows);
  const bytes = JSON.stringify({ format: 'sop-ap', version: 1, sop: doc }).length;
  const page = await newPage(browser, url);
  const opened = await open(page, doc, `crowded-${flows}.sop.json`);
  // A key at once, while the canvas is (or is not) being laid out.
  await page.getByTestId('view-identity').click();
  const k = await keys(page, '[data-testid="identity-number"]');
  console.log(
    `${flows} arrows among 20 steps (${(bytes / 1024).toFixed(0)} KB): opened ${f(opened)}   first keys median ${f(median([...k.typing, ...k.single]))}  max ${f(Math.max(...k.typing, ...k.single))}`,
  );
  await page.close();
}

export async function benchScale(): Promise<void> {
  const root = resolve(process.env.BENCH_APP_ROOT ?? resolve(import.meta.dirname, '..'));
  const work = await mkdtemp(join(tmpdir(), 'alir-scale-bench-'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let server: PreviewServer | null = null;
  try {
    server = await serve(root, join(work, 'app'), 4393);
    const url = server.resolvedUrls?.local[0] ?? '';
    const parts = process.env.SCALE_PARTS ?? 'crowded,big';
    if (parts.includes('crowded')) {
      await crowdedFile(browser, url, 121);
      await crowdedFile(browser, url, 196);
    }
    if (parts.includes('big')) await bigDocument(browser, url);
  } finally {
    await browser.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

export const scaleBench: BenchSuite = {
  name: 'the app in Chromium at scale: 2,000 steps (keystrokes, PNG), the 121/196-arrow files',
  run: benchScale,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchScale();
