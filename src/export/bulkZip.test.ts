import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSopFile } from '../persistence/sopFile';
import { fixtureTexts } from '../persistence/testDocs';
import type { FiledDocument } from '../model/documentMeta';
import { loadNodeSheetFonts } from './pdf/nodeFontFiles';
import { writeBulkZip, type BulkItem } from './bulkZip';

function fixtures(): FiledDocument[] {
  return fixtureTexts().map(([, text], i) => {
    const parsed = parseSopFile(text);
    if (!parsed.ok) throw new Error('fixture refused');
    return { doc: parsed.doc, meta: { id: `sop-${i}`, modified: '2026-12-04T10:00:00.000Z' } };
  });
}

const item = (filed: FiledDocument | null, title = 'x'): BulkItem => ({
  title,
  load: () => Promise.resolve(filed),
});

async function zipOf(items: BulkItem[], signal?: AbortSignal) {
  const chunks: Uint8Array[] = [];
  const progress: number[] = [];
  const result = await writeBulkZip(items, {
    formats: ['pdf', 'xlsx', 'json'],
    loadFonts: loadNodeSheetFonts,
    onChunk: (c) => chunks.push(c),
    onProgress: (done) => progress.push(done),
    signal,
  });
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { result, progress, files: unzipSync(bytes), chunks: chunks.length };
}

describe('bulk export', () => {
  it('puts a PDF, a workbook and a SOP file of each SOP in one zip, as it goes', async () => {
    const docs = fixtures().slice(0, 3);
    const { result, files, progress, chunks } = await zipOf(docs.map((d) => item(d)));
    expect(Object.keys(files)).toHaveLength(9);
    expect(result.files).toEqual(Object.keys(files));
    expect(progress).toEqual([1, 2, 3]);
    // Written in pieces, not as one buffer at the end.
    expect(chunks).toBeGreaterThan(3);
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.pdf')) expect(strFromU8(bytes.subarray(0, 5))).toBe('%PDF-');
      else if (name.endsWith('.xlsx')) expect(unzipSync(bytes)['xl/workbook.xml']).toBeDefined();
      else {
        expect(name).toMatch(/\.sop\.json$/);
        const read = parseSopFile(strFromU8(bytes));
        expect(read.ok && docs.map((d) => d.meta.id)).toContain(read.ok && read.meta.id);
      }
    }
    const json = Object.keys(files).filter((n) => n.endsWith('.sop.json'));
    expect(json).toHaveLength(3);
  }, 120_000);

  it('gives SOPs of one name files of their own, and leaves out what it cannot read', async () => {
    const [doc] = fixtures();
    const { result, files } = await zipOf([item(doc!), item(null, 'Rusak'), item(doc!)]);
    const names = Object.keys(files);
    expect(names).toHaveLength(6);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(6);
    expect(names.some((n) => / \(2\)\.pdf$/.test(n))).toBe(true);
    expect(result.skipped).toEqual([{ title: 'Rusak', reason: 'unreadable' }]);
  }, 120_000);

  it('stops when cancelled and still closes a readable zip', async () => {
    const docs = fixtures();
    const stop = new AbortController();
    const items = docs.map((d, i) => ({
      title: String(i),
      load: () => {
        if (i === 1) stop.abort();
        return Promise.resolve(d);
      },
    }));
    const { result, files } = await zipOf(items, stop.signal);
    expect(result.cancelled).toBe(true);
    expect(Object.keys(files)).toHaveLength(6);
  }, 120_000);
});
