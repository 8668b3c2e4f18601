import { loadNodeSheetFonts } from '../../src/export/pdf/nodeFontFiles';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry, SheetGeometry } from '../../src/layout/geometry';
import { layoutIdentityPages } from '../../src/layout/identity';
import { paperSize } from '../../src/layout/paper';
import { sheetMeasurer } from '../../src/layout/text/measure';
import type { SopDocument } from '../../src/model/types';
import { renderPdf } from '../../src/export/pdf/renderPdf';
import { hasPoppler, normalize, pdfInfo, pdfWordBoxes, pdfWords, writeTemp } from './pdfTools';

function fixture(name: string): SopDocument {
  const url = new URL(`../fixtures/${name}.sop.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { sop: SopDocument }).sop;
}

/** A flowchart page drawn by hand: each symbol, a connector and labelled routes. */
function sampleFlowchartPage(index: number): FlowchartPageGeometry {
  const box = { stepId: 's1', actorId: 'a1', width: 50, height: 22 };
  return {
    kind: 'flowchart',
    index,
    footer: null,
    columns: [],
    header: null,
    strips: [],
    rows: [],
    lines: [{ x1: 40, y1: 40, x2: 500, y2: 40, width: 0.6 }],
    texts: [
      { lines: [{ text: 'Kegiatan', x: 100, y: 60 }], align: 'center', fontSize: 9, bold: true },
      { lines: [{ text: 'Keterangan', x: 500, y: 60 }], align: 'right', fontSize: 8, bold: false },
    ],
    symbols: [
      { ...box, symbolId: 'n1', shape: 'terminator', x: 100, y: 100 },
      { ...box, symbolId: 'n2', shape: 'process', x: 100, y: 150 },
      { ...box, symbolId: 'n3', shape: 'decision', x: 100, y: 200, height: 30 },
    ],
    connectors: [
      {
        label: 'A',
        flowId: 'f3',
        end: 'out',
        pageIndex: index,
        x: 200,
        y: 250,
        width: 18,
        height: 20,
      },
    ],
    routes: [
      {
        flowId: 'f1',
        points: [
          { x: 125, y: 122 },
          { x: 125, y: 150 },
        ],
        arrowhead: true,
        label: null,
      },
      {
        flowId: 'f3',
        points: [
          { x: 150, y: 215 },
          { x: 209, y: 215 },
          { x: 209, y: 250 },
        ],
        arrowhead: true,
        label: { text: 'Tidak', x: 153, y: 212, align: 'left' },
      },
    ],
  };
}

/** A real 30×20 RGB PNG as a data URL, built byte by byte. */
function pngDataUrl(width = 30, height = 20): string {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

describe.skipIf(!hasPoppler)('renderPdf (read back with poppler)', () => {
  it('writes identity and flowchart pages with real, searchable text', async () => {
    const doc = fixture('sop-314');
    const paper = paperSize(doc.sheet.paper, doc.sheet.orientation);
    const identity = layoutIdentityPages(doc.identity, paper, sheetMeasurer);
    const geometry: SheetGeometry = {
      paper,
      pages: [...identity, sampleFlowchartPage(identity.length)],
    };
    const path = writeTemp(
      await renderPdf(geometry, loadNodeSheetFonts, { title: doc.identity.name }),
    );

    const info = pdfInfo(path);
    expect(Number(info['Pages'])).toBe(geometry.pages.length);
    expect(info['Title']).toBe(doc.identity.name);
    const [w, h] = (info['Page size'] ?? '')
      .split(/[^\d.]+/)
      .filter(Boolean)
      .map(Number);
    expect(w).toBeCloseTo(paper.width, 0);
    expect(h).toBeCloseTo(paper.height, 0);

    const words = pdfWords(path);
    for (const text of [
      doc.identity.number,
      doc.identity.name,
      doc.identity.unit,
      ...doc.identity.legalBasis,
    ]) {
      expect(words).toContain(normalize(text));
    }
    for (const text of ['Kegiatan', 'Keterangan', 'Tidak', 'A']) expect(words).toContain(text);
  });

  it('prints every character as itself, each ending where the layout measured it to end', async () => {
    const paper = paperSize('A4', 'landscape');
    const page = sampleFlowchartPage(0);
    const text =
      'Waktu \u2264 3 hari, \u2265 2 berkas \u2192 arsip \u2713 \u00bd \u00d7 \u2116 \u2013 \u201ckutip\u201d';
    page.texts = [{ lines: [{ text, x: 60, y: 80 }], align: 'left', fontSize: 9, bold: false }];
    page.footer = null;
    const path = writeTemp(await renderPdf({ paper, pages: [page] }, loadNodeSheetFonts));
    expect(pdfWords(path)).toContain(text);
    // ✓ comes from the fallback face: the words after it still start where the layout put them.
    const words = pdfWordBoxes(path).filter((w) => w.yMin < 90);
    expect(words.map((w) => w.word).join(' ')).toBe(text);
    for (const word of words) {
      const before = text.slice(0, text.indexOf(word.word));
      const x = 60 + sheetMeasurer.width(before, 9, false);
      expect(word.xMin, word.word).toBeCloseTo(x, 0);
      expect(word.xMax, word.word).toBeCloseTo(x + sheetMeasurer.width(word.word, 9, false), 0);
    }
  });

  it('prints a character no font has as a box as wide as measured, the words after it in place', async () => {
    const paper = paperSize('A4', 'landscape');
    const page = sampleFlowchartPage(0);
    const text = 'Nama \u4e2d\u6587 \u{1F600} selesai';
    page.texts = [{ lines: [{ text, x: 60, y: 80 }], align: 'left', fontSize: 9, bold: true }];
    page.footer = null;
    const path = writeTemp(await renderPdf({ paper, pages: [page] }, loadNodeSheetFonts));
    const words = pdfWordBoxes(path).filter((w) => w.yMin < 90);
    expect(words.map((w) => w.word)).toEqual(['Nama', '\u25a1\u25a1', '\u25a1', 'selesai']);
    const last = words[words.length - 1]!;
    expect(last.xMax).toBeCloseTo(60 + sheetMeasurer.width(text, 9, true), 0);
  });

  it('embeds the logo as an image in its rectangle', async () => {
    const doc = fixture('sop-009');
    const paper = paperSize('A4', 'landscape');
    const pages = layoutIdentityPages(
      { ...doc.identity, logo: pngDataUrl() },
      paper,
      sheetMeasurer,
    );
    const path = writeTemp(await renderPdf({ paper, pages }, loadNodeSheetFonts));
    const list = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
    const rows = list
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\s*1\s+\d+\s+image\s+30\s+20\s/);
  });
});
