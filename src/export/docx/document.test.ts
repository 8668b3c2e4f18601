// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry, SheetGeometry } from '../../layout/geometry';
import { layoutSheet } from '../../layout/layoutSheet';
import { sheetMeasurer } from '../../layout/text/measure';
import { generateSop } from '../../layout/testing/generateSop';
import type { SopDocument } from '../../model/types';
import { docxFileName, exportSopDocx } from '../exportSopDocx';
import { all, readXlsx as readZip } from '../xlsx/testing/readXlsx';
import { emu, twips } from './units';

const FIXTURES = ['sop-009', 'sop-024', 'sop-098', 'sop-314'];

function fixture(name: string): SopDocument {
  // The jsdom environment has no file: URL for this module; the tests run from the project root.
  const path = join(process.cwd(), 'tests', 'fixtures', `${name}.sop.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { sop: SopDocument }).sop;
}

function flowchartPages(geometry: SheetGeometry): FlowchartPageGeometry[] {
  return geometry.pages.flatMap((p) => (p.kind === 'flowchart' ? [p] : []));
}

async function read(doc: SopDocument) {
  const out = await exportSopDocx(doc);
  const zip = readZip(out.bytes);
  const xml = zip.xml('word/document.xml');
  const body = xml.getElementsByTagName('w:body')[0]!;
  const children = [...body.children];
  return { out, zip, xml, body, children };
}

/** The element's own children named `tag` (not its descendants). */
const kids = (el: Element, tag: string): Element[] =>
  [...el.children].filter((c) => c.tagName === tag);
const attr = (el: Element | undefined, name: string): string | null =>
  el?.getAttribute(name) ?? null;
/** The texts of an element's runs, joined. */
const textOf = (el: Element): string =>
  all(el, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');
/** Names of the shapes inside drawing groups. */
const shapeNames = (xml: Document): string[] =>
  all(xml, 'wps:wsp').map((s) => attr(s.getElementsByTagName('wps:cNvPr')[0], 'name') ?? '');

describe.each(FIXTURES)('the Word document of %s', (name) => {
  const doc = fixture(name);
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const pages = flowchartPages(geometry);
  const identityPages = geometry.pages.length - pages.length;

  it('unzips into well-formed parts, named like the PDF', async () => {
    const { out, zip } = await read(doc);
    expect(out.fileName).toBe(docxFileName(doc));
    expect(out.fileName.endsWith('.docx')).toBe(true);
    for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p)))
      expect(() => zip.xml(path)).not.toThrow();
    expect(Object.keys(zip.files)).toContain('[Content_Types].xml');
  });

  it('has one table per page: the identity table(s), then one per flowchart page', async () => {
    const { children } = await read(doc);
    const tables = children.filter((c) => c.tagName === 'w:tbl');
    expect(tables).toHaveLength(identityPages + pages.length);
    // Every page after the first of its section starts with a page break.
    const breaks = children.filter(
      (c) => c.tagName === 'w:p' && c.getElementsByTagName('w:pageBreakBefore').length > 0,
    );
    expect(breaks).toHaveLength(identityPages - 1 + pages.length - 1);
    // Two sections (identity, flowchart) on the sheet's paper.
    const sections = all(children[0]!.ownerDocument, 'w:sectPr');
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      const size = s.getElementsByTagName('w:pgSz')[0]!;
      const landscape = geometry.paper.width > geometry.paper.height;
      expect(Number(attr(size, 'w:w'))).toBe(twips(geometry.paper.width));
      expect(Number(attr(size, 'w:h'))).toBe(twips(geometry.paper.height));
      expect(attr(size, 'w:orient') ?? 'portrait').toBe(landscape ? 'landscape' : 'portrait');
    }
  });

  it('marks the two header rows to repeat, never splits a row, and takes sizes from the sheet', async () => {
    const { children } = await read(doc);
    const tables = children.filter((c) => c.tagName === 'w:tbl').slice(identityPages);
    tables.forEach((table, k) => {
      const page = pages[k]!;
      const rows = kids(table, 'w:tr');
      const headerRows = page.header ? 2 : 0;
      expect(rows).toHaveLength(headerRows + page.rows.length);
      rows.forEach((row, r) => {
        const props = row.getElementsByTagName('w:trPr')[0]!;
        expect(props.getElementsByTagName('w:cantSplit')).toHaveLength(1);
        expect(props.getElementsByTagName('w:tblHeader')).toHaveLength(r < headerRows ? 1 : 0);
        const height = props.getElementsByTagName('w:trHeight')[0]!;
        expect(attr(height, 'w:hRule')).toBe('exact');
        if (r >= headerRows)
          expect(Number(attr(height, 'w:val'))).toBe(twips(page.rows[r - headerRows]!.height));
      });
      const grid = all(table, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
      expect(grid).toEqual(page.columns.map((c) => twips(c.width)));
      // Each step row holds its number and activity as Word text.
      page.rows.forEach((row, i) => {
        const cells = kids(rows[headerRows + i]!, 'w:tc');
        expect(cells).toHaveLength(page.columns.length);
        const step = doc.steps.find((s) => s.id === row.stepId)!;
        const at = (kind: string) => cells[page.columns.findIndex((c) => c.kind === kind)]!;
        expect(textOf(at('no'))).toBe(String(row.number));
        expect(textOf(at('activity'))).toBe(step.activity.replace(/\n/g, ''));
        expect(textOf(at('output'))).toBe(step.output.replace(/\n/g, ''));
      });
    });
  });

  it('draws one shape per symbol, connector, arrow and label, as Word shapes placed on the page', async () => {
    const { xml, children } = await read(doc);
    const names = shapeNames(xml);
    const symbols = pages.flatMap((p) => p.symbols);
    const connectors = pages.flatMap((p) => p.connectors);
    const routes = pages.flatMap((p) => p.routes);
    const labels = routes.filter((r) => r.label && r.label.text !== '');
    expect(names.filter((n) => n.startsWith('Simbol '))).toHaveLength(symbols.length);
    expect(names.filter((n) => n.startsWith('Penghubung '))).toHaveLength(connectors.length);
    expect(names.filter((n) => n.startsWith('Panah '))).toHaveLength(routes.length);
    expect(names.filter((n) => n.startsWith('Label '))).toHaveLength(labels.length);
    expect(names).toHaveLength(symbols.length + connectors.length + routes.length + labels.length);
    // Symbols are the flowchart presets.
    const presets = all(xml, 'a:prstGeom').map((g) => attr(g, 'prst'));
    for (const shape of ['terminator', 'process', 'decision'] as const) {
      const count = symbols.filter((s) => s.shape === shape).length;
      const preset = {
        terminator: 'flowChartTerminator',
        process: 'flowChartProcess',
        decision: 'flowChartDecision',
      }[shape];
      expect(presets.filter((p) => p === preset)).toHaveLength(count);
    }
    // One group per flowchart page, in the paragraph before its table, placed from the page.
    const groups = all(xml, 'wpg:wgp');
    expect(groups).toHaveLength(pages.filter((p) => p.symbols.length > 0).length);
    const tableIndex = children
      .map((c, i) => (c.tagName === 'w:tbl' ? i : -1))
      .filter((i) => i >= 0);
    pages.forEach((page, k) => {
      const before = children[tableIndex[identityPages + k]! - 1]!;
      const anchor = before.getElementsByTagName('wp:anchor')[0]!;
      const h = anchor.getElementsByTagName('wp:positionH')[0]!;
      expect(attr(h, 'relativeFrom')).toBe('page');
      const left = Math.min(
        ...page.symbols.map((s) => s.x),
        ...page.routes.flatMap((r) => r.points.map((p) => p.x)),
      );
      expect(Number(h.textContent)).toBeLessThanOrEqual(emu(left) + 1);
    });
    // Labels are Word text.
    const labelTexts = all(xml, 'wps:txbx').map((t) => textOf(t));
    for (const r of labels) expect(labelTexts).toContain(r.label!.text);
  });

  it('holds every identity field as Word text', async () => {
    const { children } = await read(doc);
    const identity = children.find((c) => c.tagName === 'w:tbl')!;
    const text = textOf(identity).replace(/\s+/g, '');
    const id = doc.identity;
    for (const t of [
      id.name,
      id.number,
      id.unit,
      id.approver.name,
      ...id.organization,
      ...id.legalBasis,
    ])
      if (t.trim() !== '') expect(text).toContain(t.replace(/\s+/g, ''));
  });
});

describe('the Word document', () => {
  // A 2 × 1 PNG: red and blue pixels.
  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAANAAH/2FKNdgAAAABJRU5ErkJggg==';

  it('carries the logo as a picture floating where the sheet draws it', async () => {
    const base = fixture('sop-024');
    const doc = { ...base, identity: { ...base.identity, logo: PNG } };
    const geometry = layoutSheet(doc, { measure: sheetMeasurer });
    const logo = geometry.pages[0]!.kind === 'identity' ? geometry.pages[0]!.logo! : null;
    const { zip, xml } = await read(doc);
    const media = Object.keys(zip.files).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(zip.files[media[0]!]!).toString('base64')).toBe(PNG.split(',')[1]);
    const pic = all(xml, 'pic:pic')[0]!;
    let anchor: Element | null = pic;
    while (anchor && anchor.tagName !== 'wp:anchor') anchor = anchor.parentElement;
    const v = anchor!.getElementsByTagName('wp:positionV')[0]!;
    expect(attr(v, 'relativeFrom')).toBe('page');
    expect(Number(v.textContent)).toBe(emu(logo!.y));
  });

  it('keeps a portrait sheet portrait and a many-page SOP one table per page', async () => {
    const base = generateSop({ seed: 7, steps: 40, actors: 4 });
    const doc = { ...base, sheet: { ...base.sheet, orientation: 'portrait' as const } };
    const geometry = layoutSheet(doc, { measure: sheetMeasurer });
    const { out, children, xml } = await read(doc);
    expect(out.pageCount).toBe(geometry.pages.length);
    expect(geometry.pages.length).toBeGreaterThan(2);
    expect(children.filter((c) => c.tagName === 'w:tbl')).toHaveLength(geometry.pages.length);
    const size = xml.getElementsByTagName('w:pgSz')[0]!;
    expect(Number(attr(size, 'w:w'))).toBeLessThan(Number(attr(size, 'w:h')));
    expect(attr(size, 'w:orient') ?? 'portrait').toBe('portrait');
  });

  it('prints "Halaman x dari y" and the SOP in every footer, with the page fields of Word', async () => {
    const doc = fixture('sop-024');
    const { zip } = await read(doc);
    const footers = Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.length).toBeGreaterThan(0);
    for (const path of footers) {
      const footer = zip.xml(path);
      const fields = all(footer, 'w:instrText').map((t) => (t.textContent ?? '').trim());
      expect(fields).toEqual(['PAGE', 'NUMPAGES']);
      const text = textOf(footer.documentElement);
      expect(text).toContain('Halaman');
      expect(text).toContain(' dari ');
      expect(text).toContain(doc.identity.number);
    }
  });
});
