import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyIdentity } from '../../model/defaults';
import type { Identity } from '../../model/types';
import type { IdentityPageGeometry, PaperSize, TextBlock } from '../geometry';
import { paperSize } from '../paper';
import { sheetMeasurer as m } from '../text/measure';
import { layoutIdentityPages } from './layoutIdentityPages';

const A4 = paperSize('A4', 'landscape');

function fixtureIdentity(name: string): Identity {
  const url = new URL(`../../../tests/fixtures/${name}.sop.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { sop: { identity: Identity } }).sop.identity;
}

const norm = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');
const pageText = (page: IdentityPageGeometry): string =>
  norm(page.texts.flatMap((t) => t.lines.map((l) => l.text)).join(' '));

function lineLeft(block: TextBlock, text: string, x: number): number {
  const w = m.width(text, block.fontSize, block.bold);
  return block.align === 'left' ? x : block.align === 'center' ? x - w / 2 : x - w;
}

function expectInsideMargins(pages: IdentityPageGeometry[], paper: PaperSize): void {
  const [lo, hiX, hiY] = [
    paper.margin - 0.01,
    paper.width - paper.margin + 0.01,
    paper.height - paper.margin + 0.01,
  ];
  for (const page of pages) {
    for (const l of page.lines) {
      for (const [x, y] of [
        [l.x1, l.y1],
        [l.x2, l.y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(lo);
        expect(x).toBeLessThanOrEqual(hiX);
        expect(y).toBeGreaterThanOrEqual(lo);
        expect(y).toBeLessThanOrEqual(hiY);
      }
    }
    for (const block of page.texts) {
      for (const line of block.lines) {
        const x = lineLeft(block, line.text, line.x);
        expect(x).toBeGreaterThanOrEqual(lo);
        expect(x + m.width(line.text, block.fontSize, block.bold)).toBeLessThanOrEqual(hiX);
        expect(line.y - block.fontSize * 0.75).toBeGreaterThanOrEqual(lo);
        expect(line.y).toBeLessThanOrEqual(hiY);
      }
    }
  }
}

describe('layoutIdentityPages', () => {
  it('prints every identity field of a real SOP on one page', () => {
    const identity = fixtureIdentity('sop-009');
    const pages = layoutIdentityPages(identity, A4, m);
    expect(pages).toHaveLength(1);
    const text = pageText(pages[0] as IdentityPageGeometry);
    for (const field of [
      identity.number,
      identity.name,
      identity.unit,
      identity.approver.name,
      identity.approver.title,
      ...identity.organization,
    ]) {
      expect(text).toContain(norm(field));
    }
    for (const item of [
      ...identity.legalBasis,
      ...identity.qualifications,
      ...identity.relatedSops,
      ...identity.warnings,
      ...identity.records,
    ]) {
      expect(text).toContain(norm(item));
    }
    expect(text).toContain('Tanggal Pembuatan 2 Juni 2025');
    expect(text).toContain('Tanggal Revisi -');
    for (const header of [
      'DASAR HUKUM',
      'KUALIFIKASI PELAKSANA',
      'KETERKAITAN',
      'PERALATAN/PERLENGKAPAN',
      'PERINGATAN',
      'PENCATATAN DAN PENDATAAN',
      'Nomor SOP',
      'Disahkan oleh',
      'Nama SOP',
    ]) {
      expect(text).toContain(header);
    }
    expectInsideMargins(pages, A4);
  });

  it('splits the table at about 58 % of its width', () => {
    const [page] = layoutIdentityPages(fixtureIdentity('sop-314'), A4, m);
    const left = A4.margin;
    const inner = A4.width - 2 * A4.margin;
    const verticals = page!.lines.filter(
      (l) => l.x1 === l.x2 && l.x1 > left + 1 && l.x1 < A4.width - A4.margin - 1,
    );
    const share = (Math.min(...verticals.map((l) => l.x1)) - left) / inner;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.61);
  });

  it('numbers a list of several items and prints a single item plainly', () => {
    const identity = {
      ...emptyIdentity(),
      legalBasis: ['Undang-Undang A', 'Peraturan B'],
      qualifications: ['Memahami tugas'],
    };
    const texts = layoutIdentityPages(identity, A4, m)[0]!.texts.flatMap((t) =>
      t.lines.map((l) => l.text),
    );
    expect(texts).toContain('1.');
    expect(texts).toContain('2.');
    expect(texts).toContain('Undang-Undang A');
    expect(texts).toContain('Memahami tugas');
    expect(texts.filter((t) => /^\d+\.$/.test(t))).toHaveLength(2);
  });

  it('continues a huge list on further pages with the headers repeated', () => {
    const legalBasis = Array.from(
      { length: 90 },
      (_, i) =>
        `Peraturan nomor ${i + 1} tentang hal yang cukup panjang untuk dibungkus ke baris kedua pada kotak dasar hukum`,
    );
    const identity = { ...fixtureIdentity('sop-024'), legalBasis };
    const pages = layoutIdentityPages(identity, A4, m, 3);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.map((p) => p.index)).toEqual(pages.map((_, i) => i + 3));
    const all = pages.map(pageText).join(' ');
    for (const item of legalBasis) expect(all).toContain(item);
    for (const header of ['DASAR HUKUM', 'KUALIFIKASI PELAKSANA'])
      expect(pageText(pages[1]!)).toContain(header);
    for (const header of ['PERINGATAN', 'PENCATATAN DAN PENDATAAN'])
      expect(pageText(pages.at(-1)!)).toContain(header);
    expect(pages.filter((p) => p.logo !== null).length).toBeLessThanOrEqual(1);
    expectInsideMargins(pages, A4);
  });

  it('keeps a logo inside the left cell with its proportions', () => {
    const png = [
      0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 200, 0, 0, 0,
      100, 8, 6, 0, 0, 0,
    ];
    const logo = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const [page] = layoutIdentityPages({ ...fixtureIdentity('sop-009'), logo }, A4, m);
    const rect = page!.logo!;
    expect(rect.dataUrl).toBe(logo);
    expect(rect.width / rect.height).toBeCloseTo(2, 5);
    expect(rect.x).toBeGreaterThan(A4.margin);
    expect(rect.x + rect.width).toBeLessThan(A4.margin + (A4.width - 2 * A4.margin) * 0.58);
  });

  it('stays inside the margins and loses no item for any identity (generated)', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9 ,.()/-]{0,160}$/);
    const list = fc.array(text, { maxLength: 12 });
    const paper = fc.constantFrom(...(['A4', 'F4', 'Letter', 'Legal'] as const));
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(text, { maxLength: 3 }),
        list,
        list,
        list,
        paper,
        fc.boolean(),
        (number, name, organization, legalBasis, warnings, records, p, portrait) => {
          const identity: Identity = {
            ...emptyIdentity(),
            number,
            name,
            organization,
            legalBasis,
            warnings,
            records,
            unit: name,
          };
          const size = paperSize(p, portrait ? 'portrait' : 'landscape');
          const pages = layoutIdentityPages(identity, size, m);
          expectInsideMargins(pages, size);
          const all = pages.map(pageText).join(' ');
          for (const item of [...legalBasis, ...warnings, ...records]) {
            // Over-long words may be cut mid-word, so compare without spaces.
            expect(all.replace(/ /g, '')).toContain(norm(item).replace(/ /g, ''));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the top block on the page even for absurdly long fields', () => {
    const long = 'Penanganan laporan gratifikasi yang sangat panjang '.repeat(200);
    const identity = { ...fixtureIdentity('sop-314'), name: long, unit: long, number: long };
    const pages = layoutIdentityPages(identity, A4, m);
    expectInsideMargins(pages, A4);
    expect(pageText(pages[0]!)).toContain('Penanganan laporan gratifikasi');
    expect(pageText(pages[0]!)).toContain('\u2026');
  });
});
