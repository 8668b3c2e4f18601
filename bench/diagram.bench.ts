/**
 * The diagram canvas in Chromium, on a generated SOP of 300 steps and 10 actors: open to
 * fully drawn, frame times while dragging a symbol, inspector keystroke latency; and the same
 * figures for a bare React Flow page with as many nodes and edges, the limit to compare with.
 * Builds both pages with Vite, serves them with `vite preview`, drives Debian's Chromium
 * (or CHROMIUM_PATH) through playwright-core. Run alone: `node --import tsx bench/diagram.bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { layoutDiagram } from '../src/layout/diagram';
import { generateSop } from '../src/layout/testing/generateSop';
import { sheetMeasurer } from '../src/layout/text/measure';
import type { SopDocument } from '../src/model/types';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import type { BenchSuite } from './harness';
import {
  dragFrameTimes,
  dropToRedrawn,
  keystrokeLatencies,
  median,
  p95,
  timeToDrawn,
} from './diagramPage';

const TARGETS = { openMs: 1500, dragP95Ms: 33, keyMs: 50 };
const VIEWPORT = { width: 1600, height: 1000 };
const SCALE = 2; // canvas units per point, as the app's PX_PER_PT

interface Figures {
  openMs: number;
  dragP95Ms: number;
  dragFrames: number;
  /** Typing: keys 150 ms apart (about 7 a second). */
  keyMedianMs: number;
  keyP95Ms: number;
  /** Single keystrokes, 600 ms apart: each pays for its own redraw. */
  singleMedianMs: number;
  singleP95Ms: number;
}

const TYPED = ' dan mengarsipkan';
const SINGLE = ' arsip';

async function keyFigures(page: Page, field: Locator) {
  const typed = await keystrokeLatencies(page, field, TYPED, 150);
  await page.waitForTimeout(800);
  const single = await keystrokeLatencies(page, field, SINGLE, 600);
  return {
    keyMedianMs: median(typed),
    keyP95Ms: p95(typed),
    singleMedianMs: median(single),
    singleP95Ms: p95(single),
  };
}

function benchDocument(): SopDocument {
  return generateSop({ seed: 300, steps: 300, actors: 10, decisionRate: 0.1, loopRate: 0.05 });
}

/** The bare page's graph: a node per canvas node of the app (table, row labels, symbols), an edge per flow. */
function bareGraph(doc: SopDocument) {
  const g = layoutDiagram(doc, sheetMeasurer);
  const no = g.page.columns[0]!;
  const nodes = [
    {
      id: 'table',
      type: 'group',
      position: { x: 0, y: 0 },
      data: {},
      width: g.width * SCALE,
      height: g.height * SCALE,
      selectable: false,
      zIndex: -1,
    },
    ...g.page.rows.map((r) => ({
      id: `row:${r.stepId}`,
      position: { x: no.x * SCALE, y: r.y * SCALE },
      data: { label: String(r.number) },
      width: 200,
      height: r.height * SCALE,
    })),
    ...g.page.symbols.map((s) => ({
      id: s.symbolId,
      position: { x: s.x * SCALE, y: s.y * SCALE },
      data: { label: '' },
      width: s.width * SCALE,
      height: s.height * SCALE,
    })),
  ];
  const edges = doc.flows.map((f) => ({
    id: f.id,
    source: f.from,
    target: f.to,
    type: 'step',
    label: f.label || undefined,
  }));
  return { nodes, edges };
}

async function serve(
  root: string,
  outDir: string,
  port: number,
  plain: boolean,
): Promise<PreviewServer> {
  const common = plain ? { configFile: false as const, plugins: [react()] } : {};
  await build({ root, ...common, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return preview({
    root,
    ...common,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
}

const urlOf = (server: PreviewServer) => server.resolvedUrls?.local[0] ?? '';

/** A page whose evaluated functions survive tsx's name-keeping helper (`__name`). */
async function newPage(browser: Browser) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript('window.__name = (f) => f;');
  return page;
}

async function measureApp(
  browser: Browser,
  url: string,
  doc: SopDocument,
): Promise<Figures & { dropMs: number }> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.getByTestId('diagram-canvas').waitFor();
  const file = {
    name: 'bench.sop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'sop-ap', version: 1, sop: doc })),
  };
  const openMs = await timeToDrawn(
    page,
    () => page.getByTestId('file-open-input').setInputFiles(file),
    [
      {
        selector: '[data-testid="lane-header"]',
        atLeast: doc.actors.length,
        atMost: doc.actors.length,
      },
      { selector: '[data-testid="flow"]', atLeast: 1 },
      { selector: '[data-testid="symbol"]', atLeast: 1 },
    ],
  );
  await page.waitForTimeout(1500);
  // A symbol moved to the middle of the neighbouring lane, same row.
  const dropSymbol = page.getByTestId('symbol').nth(2);
  const dropId = (await dropSymbol.getAttribute('data-symbol-id')) ?? '';
  const lanes = await page.getByTestId('lane-header').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { id: e.getAttribute('data-actor-id'), x: r.x + r.width / 2 };
    }),
  );
  const actorId = await dropSymbol.getAttribute('data-actor-id');
  const index = lanes.findIndex((l) => l.id === actorId);
  const target = lanes[index + 1] ?? lanes[index - 1]!;
  const box = (await dropSymbol.boundingBox())!;
  const dropMs = await dropToRedrawn(page, dropId, target.x - (box.x + box.width / 2), 0);
  await page.waitForTimeout(1500);
  const frames = await dragFrameTimes(page, page.getByTestId('symbol').nth(4));
  await page.waitForTimeout(1500);
  await page.getByTestId('symbol').nth(2).click();
  const keys = await keyFigures(page, page.getByTestId('inspector-activity'));
  await page.close();
  return { openMs, dragP95Ms: p95(frames), dragFrames: frames.length, dropMs, ...keys };
}

async function measureBare(
  browser: Browser,
  url: string,
  doc: SopDocument,
): Promise<Figures & { nodes: number; edges: number }> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (window as { bareLoad?: unknown }).bareLoad === 'function',
  );
  const graph = bareGraph(doc);
  await page.evaluate((g) => {
    (window as unknown as { benchGraph: unknown }).benchGraph = g;
  }, graph);
  const openMs = await timeToDrawn(
    page,
    () =>
      page.evaluate(() => {
        const w = window as unknown as {
          bareLoad(n: unknown, e: unknown): void;
          benchGraph: { nodes: unknown; edges: unknown };
        };
        w.bareLoad(w.benchGraph.nodes, w.benchGraph.edges);
      }),
    [
      { selector: '.react-flow__node', atLeast: 2 },
      { selector: '.react-flow__edge', atLeast: 1 },
    ],
  );
  await page.waitForTimeout(1500);
  const frames = await dragFrameTimes(page, page.locator('.react-flow__node-default').nth(8));
  await page.waitForTimeout(1000);
  const keys = await keyFigures(page, page.getByTestId('bare-input'));
  await page.close();
  return {
    openMs,
    dragP95Ms: p95(frames),
    dragFrames: frames.length,
    ...keys,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
  };
}

const f = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

/** Runs both pages and prints the figures side by side. */
export async function benchDiagram(): Promise<void> {
  const doc = benchDocument();
  const here = resolve(import.meta.dirname, '..');
  const work = await mkdtemp(join(tmpdir(), 'alir-diagram-bench-'));
  const servers: PreviewServer[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    servers.push(await serve(here, join(work, 'app'), 4391, false));
    servers.push(await serve(join(here, 'bench', 'bare'), join(work, 'bare'), 4392, true));
    const app = await measureApp(browser, urlOf(servers[0]!), doc);
    const bare = await measureBare(browser, urlOf(servers[1]!), doc);
    console.log(
      `generated SOP: ${doc.steps.length} steps, ${doc.actors.length} actors, ${doc.flows.length} flows; canvas: ${bare.nodes} nodes, ${bare.edges} edges`,
    );
    console.log(`                         app     bare React Flow   target`);
    console.log(
      `open to fully drawn  ${f(app.openMs)}   ${f(bare.openMs)}      < ${TARGETS.openMs} ms`,
    );
    console.log(
      `drag frame p95       ${f(app.dragP95Ms)}   ${f(bare.dragP95Ms)}      < ${TARGETS.dragP95Ms} ms   (${app.dragFrames} / ${bare.dragFrames} frames)`,
    );
    console.log(
      `drop to redrawn      ${f(app.dropMs)}                        (a symbol moved one lane: commit, layout, routing, redraw)`,
    );
    const started = performance.now();
    const layoutRuns = 10;
    for (let i = 0; i < layoutRuns; i++) layoutDiagram(doc, sheetMeasurer);
    console.log(
      `layoutDiagram (Node) ${f((performance.now() - started) / layoutRuns)}                        (mean of ${layoutRuns}: the whole SOP as one page)`,
    );
    console.log(
      `typing key median    ${f(app.keyMedianMs)}   ${f(bare.keyMedianMs)}      < ${TARGETS.keyMs} ms   (keys 150 ms apart)`,
    );
    console.log(`typing key p95       ${f(app.keyP95Ms)}   ${f(bare.keyP95Ms)}`);
    console.log(
      `single key median    ${f(app.singleMedianMs)}   ${f(bare.singleMedianMs)}      (keys 600 ms apart: each redraws the canvas)`,
    );
    console.log(`single key p95       ${f(app.singleP95Ms)}   ${f(bare.singleP95Ms)}`);
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    await rm(work, { recursive: true, force: true });
  }
}

export const diagramBench: BenchSuite = {
  name: 'diagram canvas in Chromium: 300 steps × 10 actors, app vs bare React Flow',
  run: benchDiagram,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchDiagram();
