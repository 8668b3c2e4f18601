// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry, SheetGeometry } from '../../layout/geometry';
import { layoutSheet } from '../../layout/layoutSheet';
import { sheetMeasurer } from '../../layout/text/measure';
import { generateSop } from '../../layout/testing/generateSop';
import type { SopDocument } from '../../model/types';
import { exportSopXlsx, xlsxFileName } from '../exportSopXlsx';
import { all, marker, parseRef, readXlsx, sheetCells, textOf } from './testing/readXlsx';
import { writeWorkbook } from './workbook';

const FIXTURES = ['sop-009', 'sop-024', 'sop-098', 'sop-314'];

function fixture(name: string): SopDocument {
  // The jsdom environment has no file: URL for this module; the tests run from the project root.
  const path = join(process.cwd(), 'tests', 'fixtures', `${name}.sop.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { sop: SopDocument }).sop;
}

function flowchartPages(geometry: SheetGeometry): FlowchartPageGeometry[] {
  return geometry.pages.flatMap((p) => (p.kind === 'flowchart' ? [p] : []));
}

const FLOWCHART = 'xl/worksheets/sheet2.xml';
const FLOWCHART_DRAWING = 'xl/drawings/drawing2.xml';

describe.each(FIXTURES)('the workbook of %s', (name) => {
  const doc = fixture(name);
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const pages = flowchartPages(geometry);
  const book = readXlsx(writeWorkbook(doc, geometry));
  // The identity sheet has a drawing only when there is a logo.
  const drawingPath = book.files[FLOWCHART_DRAWING]
    ? FLOWCHART_DRAWING
    : 'xl/drawings/drawing1.xml';
  const drawing = book.xml(drawingPath);
  const anchors = all(drawing, 'xdr:twoCellAnchor');
  const cells = sheetCells(book, FLOWCHART);

  it('unzips into well-formed XML parts, each declared in the content types', () => {
    const types = book.xml('[Content_Types].xml');
    const declared = new Set(all(types, 'Override').map((o) => o.getAttribute('PartName')));
    for (const path of Object.keys(book.files)) {
      if (!/\.(xml|rels)$/.test(path)) continue;
      expect(() => book.xml(path)).not.toThrow();
      if (path.endsWith('.xml') && path !== '[Content_Types].xml')
        expect(declared.has(`/${path}`), path).toBe(true);
    }
    const sheets = all(book.xml('xl/workbook.xml'), 'sheet').map((s) => s.getAttribute('name'));
    expect(sheets).toEqual(['Identitas', 'Diagram Alir']);
  });

  it('holds one shape per symbol and per off-page connector, one arrow per route, one box per label', () => {
    const presets = anchors.map(
      (a) => a.getElementsByTagName('a:prstGeom')[0]?.getAttribute('prst') ?? 'custom',
    );
    const count = (p: (s: string) => boolean) => presets.filter(p).length;
    const symbols = pages.flatMap((p) => p.symbols);
    const connectors = pages.flatMap((p) => p.connectors);
    const routes = pages.flatMap((p) => p.routes);
    const shapeOf = {
      terminator: 'flowChartTerminator',
      process: 'flowChartProcess',
      decision: 'flowChartDecision',
    };
    for (const shape of ['terminator', 'process', 'decision'] as const)
      expect(count((p) => p === shapeOf[shape])).toBe(
        symbols.filter((s) => s.shape === shape).length,
      );
    expect(count((p) => p === 'flowChartOffpageConnector')).toBe(connectors.length);
    const arrows = anchors.filter(
      (a) =>
        a.getElementsByTagName('xdr:cxnSp').length > 0 ||
        a.getElementsByTagName('a:custGeom').length > 0,
    );
    expect(arrows).toHaveLength(routes.length);
    const labels = anchors.filter(
      (a) => a.getElementsByTagName('xdr:cNvSpPr')[0]?.getAttribute('txBox') === '1',
    );
    expect(labels.map((a) => textOf(a, 'a:t')).sort()).toEqual(
      routes.flatMap((r) => (r.label && r.label.text !== '' ? [r.label.text] : [])).sort(),
    );
    // Every pentagon carries its letter.
    const letters = anchors
      .filter(
        (a) =>
          a.getElementsByTagName('a:prstGeom')[0]?.getAttribute('prst') ===
          'flowChartOffpageConnector',
      )
      .map((a) => textOf(a, 'a:t'));
    expect(letters.sort()).toEqual(connectors.map((c) => c.label).sort());
  });

  it("anchors every symbol inside its step's row and its actor's column", () => {
    // Read the table back: the "No" cell gives each step's rows, the actor's header cell its column.
    const stepRows = new Map<number, number[]>();
    const merged = all(book.xml(FLOWCHART), 'mergeCell').map((m) =>
      m.getAttribute('ref')!.split(':'),
    );
    for (const [ref, value] of cells) {
      const { row, col } = parseRef(ref);
      if (col !== 0 || row < 2) continue;
      const merge = merged.find(([a]) => a === ref);
      const last = merge ? parseRef(merge[1]!).row : row;
      stepRows.set(Number(value), [row, last]);
    }
    const actorCol = new Map<string, number>();
    for (const [ref, value] of cells) {
      const { row, col } = parseRef(ref);
      if (row === 1 && doc.actors.some((a) => a.name === value)) actorCol.set(value, col);
    }
    const byName = new Map(
      anchors.map((a) => [a.getElementsByTagName('xdr:cNvPr')[0]?.getAttribute('name'), a]),
    );
    let checked = 0;
    doc.steps.forEach((step, i) => {
      for (const symbol of step.symbols) {
        const anchor = byName.get(`Simbol ${symbol.id}`);
        expect(anchor, symbol.id).toBeDefined();
        const [first = NaN, last = NaN] = stepRows.get(i + 1) ?? [];
        const col = actorCol.get(doc.actors.find((a) => a.id === symbol.actor)!.name);
        for (const end of ['xdr:from', 'xdr:to'] as const) {
          const m = marker(anchor!, end);
          expect(m.row).toBeGreaterThanOrEqual(first);
          expect(m.row).toBeLessThanOrEqual(last);
          expect(m.col).toBe(col);
        }
        checked++;
      }
    });
    expect(checked).toBe(doc.steps.reduce((n, s) => n + s.symbols.length, 0));
  });

  it('glues connectors to shapes that exist, at one of their four sites', () => {
    const shapeIds = new Set(
      anchors
        .filter((a) => a.getElementsByTagName('xdr:sp').length > 0)
        .map((a) => a.getElementsByTagName('xdr:cNvPr')[0]!.getAttribute('id')),
    );
    const glues = [...all(drawing, 'a:stCxn'), ...all(drawing, 'a:endCxn')];
    expect(glues.length).toBeGreaterThan(0);
    for (const glue of glues) {
      expect(shapeIds.has(glue.getAttribute('id'))).toBe(true);
      expect(['0', '1', '2', '3']).toContain(glue.getAttribute('idx'));
    }
    const ids = anchors.map((a) => a.getElementsByTagName('xdr:cNvPr')[0]!.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("prints as the PDF: paper, orientation, margins, header rows as titles, breaks where the PDF's pages break", () => {
    const sheet = book.xml(FLOWCHART);
    const setup = all(sheet, 'pageSetup')[0]!;
    // Excel's codes: A4 9, Letter 1, Legal 5, Folio (8.5 × 13 in, the F4 of Indonesian offices) 14.
    expect(setup.getAttribute('paperSize')).toBe(
      { A4: '9', Letter: '1', Legal: '5', F4: '14' }[doc.sheet.paper],
    );
    expect(setup.getAttribute('orientation')).toBe(doc.sheet.orientation);
    expect(setup.getAttribute('fitToWidth')).toBe('1');
    expect(setup.getAttribute('fitToHeight')).toBe('0');
    const margins = all(sheet, 'pageMargins')[0]!;
    expect(Number(margins.getAttribute('top')) * 72).toBeCloseTo(geometry.paper.margin, 1);
    const titles = all(book.xml('xl/workbook.xml'), 'definedName').find(
      (d) => d.getAttribute('name') === '_xlnm.Print_Titles',
    );
    if (doc.sheet.repeatHeader) expect(titles?.textContent).toBe("'Diagram Alir'!$1:$2");
    else expect(titles).toBeUndefined();

    // After each break, the next step row holds the first step of the PDF's next page.
    const breaks = all(sheet, 'brk').map((b) => Number(b.getAttribute('id')));
    expect(breaks).toHaveLength(pages.length - 1);
    const numberAtOrAfter = (row: number): number => {
      const rows = [...cells.keys()].map(parseRef).filter((r) => r.col === 0 && r.row >= row);
      return Number(cells.get(`A${Math.min(...rows.map((r) => r.row)) + 1}`));
    };
    breaks.forEach((id, k) => {
      expect(numberAtOrAfter(id)).toBe(pages[k + 1]!.rows[0]!.number);
    });
    // The sheet is no wider than the PDF's table, so fit-to-width never shrinks it.
    const widthPx = all(sheet, 'col').reduce(
      (sum, c) => sum + Number(c.getAttribute('width')) * 7,
      0,
    );
    expect(widthPx * 0.75).toBeLessThanOrEqual(
      geometry.paper.width - 2 * geometry.paper.margin + 0.01,
    );
  });

  it('prints "Halaman x dari y" in the page footer, counted over both sheets like the PDF', () => {
    const total = geometry.pages.length;
    const identityCount = geometry.pages.filter((p) => p.kind === 'identity').length;
    const footerOf = (part: string): string =>
      all(book.xml(part), 'oddFooter')[0]?.textContent ?? '';
    expect(footerOf('xl/worksheets/sheet1.xml')).toContain(`Halaman &P dari ${total}`);
    expect(footerOf(FLOWCHART)).toContain(`Halaman &P dari ${total}`);
    // The flowchart sheet's page numbers start after the identity sheet's.
    const setup = all(book.xml(FLOWCHART), 'pageSetup')[0]!;
    expect(setup.getAttribute('firstPageNumber')).toBe(String(identityCount + 1));
    expect(setup.getAttribute('useFirstPageNumber')).toBe('1');
    expect(
      all(book.xml('xl/worksheets/sheet1.xml'), 'pageSetup')[0]!.hasAttribute('firstPageNumber'),
    ).toBe(false);
    expect(footerOf(FLOWCHART)).toContain(doc.identity.number.replace(/&/g, '&&'));
  });

  it('keeps every text of the document as cell text, whole', () => {
    const texts = new Set(book.strings);
    for (const step of doc.steps)
      for (const text of [step.activity, step.requirements, step.time, step.output, step.notes])
        if (text.trim() !== '') expect(texts.has(text.replace(/\r\n?/g, '\n')), text).toBe(true);
    for (const actor of doc.actors) expect(texts.has(actor.name)).toBe(true);
    const identity = [...sheetCells(book, 'xl/worksheets/sheet1.xml').values()]
      .join('\n')
      .replace(/\s+/g, '');
    const fields = [
      doc.identity.name,
      doc.identity.number,
      doc.identity.unit,
      ...doc.identity.legalBasis,
    ];
    for (const field of fields)
      if (field.trim() !== '') expect(identity).toContain(field.replace(/\s+/g, ''));
  });

  it('names the document in its properties and itself like the PDF', () => {
    const core = book.xml('docProps/core.xml');
    expect(textOf(core, 'dc:title')).toBe(doc.identity.name);
    expect(textOf(core, 'dc:subject')).toBe(doc.identity.number);
    expect(textOf(book.xml('docProps/app.xml'), 'Application')).toBe('Alir');
    expect(exportSopXlsx(doc).fileName).toBe(xlsxFileName(doc));
    expect(xlsxFileName(doc)).toMatch(/\.xlsx$/);
  });
});

describe('text Excel cannot store in XML', () => {
  it('escapes control characters the way Excel reads them back, and a literal escape too', () => {
    const doc = fixture('sop-024');
    const step = { ...doc.steps[0]!, activity: 'Terima\u0001surat _x0041_ \u000Bmasuk\r\nlagi' };
    const changed = { ...doc, steps: [step, ...doc.steps.slice(1)] };
    const book = readXlsx(exportSopXlsx(changed).bytes);
    expect(() => book.xml('xl/sharedStrings.xml')).not.toThrow();
    expect(book.strings).toContain('Terima_x0001_surat _x005F_x0041_ _x000B_masuk\nlagi');
  });
});

describe('workbooks of generated SOPs', () => {
  const cases = [
    { seed: 1, steps: 40, actors: 3, paper: 'A4', orientation: 'portrait' },
    { seed: 2, steps: 90, actors: 6, paper: 'F4', orientation: 'landscape' },
    { seed: 3, steps: 25, actors: 9, paper: 'Legal', orientation: 'landscape' },
    { seed: 4, steps: 60, actors: 1, paper: 'Letter', orientation: 'portrait' },
    { seed: 5, steps: 120, actors: 12, paper: 'A4', orientation: 'landscape' },
  ] as const;
  it.each(cases)(
    'keeps every symbol in its row and every glue on a shape (%o)',
    (options) => {
      const doc = generateSop({ ...options, decisionRate: 0.2, loopRate: 0.3 });
      const geometry = layoutSheet(doc, { measure: sheetMeasurer });
      const pages = flowchartPages(geometry);
      const book = readXlsx(writeWorkbook(doc, geometry));
      for (const path of Object.keys(book.files)) if (/\.(xml|rels)$/.test(path)) book.xml(path);
      const anchors = all(book.xml(flowchartDrawingOf(book)), 'xdr:twoCellAnchor');
      const shapes = anchors.filter((a) =>
        /^flowChart/.test(a.getElementsByTagName('a:prstGeom')[0]?.getAttribute('prst') ?? ''),
      );
      expect(shapes).toHaveLength(
        pages.reduce((n, p) => n + p.symbols.length + p.connectors.length, 0),
      );
      const arrows = anchors.filter(
        (a) =>
          a.getElementsByTagName('xdr:cxnSp').length > 0 ||
          a.getElementsByTagName('a:custGeom').length > 0,
      );
      expect(arrows).toHaveLength(pages.reduce((n, p) => n + p.routes.length, 0));
      const ids = new Set(
        shapes.map((a) => a.getElementsByTagName('xdr:cNvPr')[0]!.getAttribute('id')),
      );
      const glues = arrows.flatMap((a) => [...all(a, 'a:stCxn'), ...all(a, 'a:endCxn')]);
      // Most arrows leave and enter at a site: far more glued ends than arrows.
      expect(glues.length).toBeGreaterThan(arrows.length);
      for (const g of glues) expect(ids.has(g.getAttribute('id'))).toBe(true);
      const sheet = book.xml(FLOWCHART);
      expect(all(sheet, 'brk')).toHaveLength(pages.length - 1);
      // Each symbol's anchor stays in one sheet row band of its step: from and to in the same step rows.
      const rowsOf = new Map<string, number>();
      for (const [ref, value] of sheetCells(book, FLOWCHART)) {
        const { row, col } = parseRef(ref);
        if (col === 0 && row >= 2) rowsOf.set(value, row);
      }
      doc.steps.forEach((step, i) => {
        for (const symbol of step.symbols) {
          const anchor = shapes.find(
            (a) =>
              a.getElementsByTagName('xdr:cNvPr')[0]!.getAttribute('name') ===
              `Simbol ${symbol.id}`,
          )!;
          expect(marker(anchor, 'xdr:from').row).toBe(rowsOf.get(String(i + 1)));
        }
      });
    },
    60_000,
  ); // laying out 120 steps × 12 actors takes seconds on a busy 2-core machine
});

function flowchartDrawingOf(book: ReturnType<typeof readXlsx>): string {
  return book.files[FLOWCHART_DRAWING] ? FLOWCHART_DRAWING : 'xl/drawings/drawing1.xml';
}

describe('the logo', () => {
  // A 2 × 1 PNG: red and blue pixels.
  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAANAAH/2FKNdgAAAABJRU5ErkJggg==';

  it('is a picture on the identity sheet, its bytes stored once as a media part', () => {
    const base = fixture('sop-024');
    const doc = { ...base, identity: { ...base.identity, logo: PNG } };
    const book = readXlsx(exportSopXlsx(doc).bytes);
    const drawing = book.xml('xl/drawings/drawing1.xml');
    const pictures = all(drawing, 'xdr:pic');
    expect(pictures).toHaveLength(1);
    const relId = pictures[0]!.getElementsByTagName('a:blip')[0]!.getAttribute('r:embed');
    const rels = book.xml('xl/drawings/_rels/drawing1.xml.rels');
    const target = all(rels, 'Relationship').find((r) => r.getAttribute('Id') === relId)!;
    expect(target.getAttribute('Target')).toBe('../media/image1.png');
    const media = book.files['xl/media/image1.png']!;
    expect(Buffer.from(media).toString('base64')).toBe(PNG.split(',')[1]);
    // The flowchart's drawing is the second part and has no picture.
    expect(all(book.xml('xl/drawings/drawing2.xml'), 'xdr:pic')).toHaveLength(0);
    // Placed in the identity table's first column, near its top.
    const from = marker(pictures[0]!.parentElement!, 'xdr:from');
    expect(from.col).toBe(0);
    expect(from.row).toBeLessThan(3);
  });
});
