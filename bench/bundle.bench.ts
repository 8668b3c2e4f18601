/**
 * Download sizes: what a first visit loads (the entry script, its preloads and CSS)
 * against the chunks fetched only on demand (jsPDF for the PDF export, the PNG export's
 * helpers). jsPDF must stay out of the first download.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BenchSuite } from './harness';

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).padStart(7)} KiB`;
}

function readChunks(assets: string): Chunk[] {
  return readdirSync(assets).map((file) => {
    const bytes = readFileSync(join(assets, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** Asset files the HTML page itself names: everything a first visit downloads. */
function initialFiles(html: string): Set<string> {
  // The build uses relative paths ("./assets/…"), so it runs from any sub-path.
  const names = [...html.matchAll(/(?:src|href)="(?:\.?\/)?assets\/([^"]+)"/g)].map((m) => m[1]!);
  return new Set(names);
}

export const bundleBench: BenchSuite = {
  name: 'bundle: first download vs on-demand chunks (gzip -9)',
  async run() {
    const outDir = mkdtempSync(join(tmpdir(), 'alir-bundle-'));
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const initial = initialFiles(readFileSync(join(outDir, 'index.html'), 'utf8'));
      const chunks = readChunks(join(outDir, 'assets')).sort((a, b) => b.gzip - a.gzip);
      let initialGzip = 0;
      for (const chunk of chunks) {
        const first = initial.has(chunk.file);
        if (first) initialGzip += chunk.gzip;
        console.log(
          `${first ? 'initial  ' : 'on demand'}  ${chunk.file.padEnd(36)} ${kib(chunk.raw)} raw ${kib(chunk.gzip)} gzip`,
        );
      }
      const jspdfInitial = chunks.some((c) => initial.has(c.file) && /jspdf/i.test(c.file));
      // The workbook writer is the chunk holding its zip library (fflate's deflate tables).
      const xlsxInitial = chunks.some(
        (c) =>
          initial.has(c.file) &&
          readFileSync(join(outDir, 'assets', c.file), 'utf8').includes('sharedStrings.xml'),
      );
      // The Word writer is the chunk that writes a document body (the docx package).
      const docxInitial = chunks.some(
        (c) =>
          initial.has(c.file) &&
          readFileSync(join(outDir, 'assets', c.file), 'utf8').includes('word/document.xml'),
      );
      const defect = (inIt: boolean) => (inIt ? 'YES (defect)' : 'no');
      console.log(
        `first download: ${kib(initialGzip)} gzip; jsPDF in it: ${defect(jspdfInitial)}; Excel writer in it: ${defect(xlsxInitial)}; Word writer in it: ${defect(docxInitial)}`,
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
