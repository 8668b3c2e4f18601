import { footerTitle } from '../../layout/footer';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SheetGeometry } from '../../layout/geometry';
import type { Paper, SopDocument } from '../../model/types';
import { drawingXml, type DrawingObject } from './drawing';
import { flowchartSheet } from './flowchartSheet';
import { identitySheet } from './identitySheet';
import { SharedStrings } from './sharedStrings';
import { StyleRegistry } from './styles';
import { worksheetXml, type PrintSetup, type SheetModel } from './worksheet';
import { escapeXml } from './xml';

/** Excel's paper codes; F4 (215 × 330 mm) prints on Folio (8.5 × 13 in), the nearest size Excel knows. */
export const PAPER_CODE: Record<Paper, number> = { A4: 9, Letter: 1, Legal: 5, F4: 14 };

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

interface SheetPart {
  model: SheetModel;
  drawing: DrawingObject[];
  image: { bytes: Uint8Array; extension: 'png' | 'jpeg' } | null;
}

/**
 * The workbook of the standard tabular SOP: `Identitas` and `Diagram Alir`,
 * drawn from the same geometry as the PDF, as the bytes of an .xlsx file.
 */
export function writeWorkbook(
  doc: SopDocument,
  geometry: SheetGeometry,
  options: { created?: Date } = {},
): Uint8Array {
  const print: PrintSetup = {
    paperCode: PAPER_CODE[doc.sheet.paper],
    orientation: doc.sheet.orientation,
    marginPt: geometry.paper.margin,
  };
  const identityPages = geometry.pages.flatMap((p) => (p.kind === 'identity' ? [p] : []));
  const flowchartPages = geometry.pages.flatMap((p) => (p.kind === 'flowchart' ? [p] : []));
  const title = footerTitle(doc.identity);
  const footer = (firstPage: number): PrintSetup => ({
    ...print,
    footer: { title, firstPage, pageCount: geometry.pages.length },
  });
  const identity = identitySheet(identityPages, geometry.paper, footer(0));
  const flowchart = flowchartSheet(doc, flowchartPages, footer(identityPages.length));
  const image = identity.logo ? decodeImage(identity.logo.dataUrl) : null;
  const sheets: SheetPart[] = [
    {
      model: identity.model,
      drawing: image ? identity.drawing : identity.drawing.filter((o) => o.kind !== 'picture'),
      image,
    },
    { model: flowchart.model, drawing: flowchart.drawing, image: null },
  ];

  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const files: Zippable = {};
  const overrides: string[] = [];
  const put = (path: string, xml: string, contentType?: string): void => {
    files[path] = strToU8(xml);
    if (contentType) overrides.push(`<Override PartName="/${path}" ContentType="${contentType}"/>`);
  };

  let drawingCount = 0;
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    let drawingRel: string | null = null;
    if (sheet.drawing.length > 0) {
      drawingCount++;
      drawingRel = 'rId1';
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        rels([[`${REL}/drawing`, `../drawings/drawing${drawingCount}.xml`]]),
      );
      put(`xl/drawings/drawing${drawingCount}.xml`, drawingXml(sheet.drawing), `${CT}.drawing+xml`);
      if (sheet.image) {
        const media = `image${drawingCount}.${sheet.image.extension}`;
        files[`xl/media/${media}`] = sheet.image.bytes;
        put(
          `xl/drawings/_rels/drawing${drawingCount}.xml.rels`,
          rels([[`${REL}/image`, `../media/${media}`]]),
        );
      }
    }
    put(
      `xl/worksheets/sheet${n}.xml`,
      worksheetXml(sheet.model, styles, strings, drawingRel),
      `${CT}.spreadsheetml.worksheet+xml`,
    );
  });

  const titles = sheets
    .map((s, i) => ({ titles: s.model.printTitleRows, name: s.model.name, i }))
    .filter((t) => t.titles)
    .map(
      ({ titles, name, i }) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${escapeXml(name)}'!$${titles![0] + 1}:$${titles![1] + 1}</definedName>`,
    )
    .join('');
  put(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      '<bookViews><workbookView activeTab="1"/></bookViews><sheets>' +
      sheets
        .map(
          (s, i) =>
            `<sheet name="${escapeXml(s.model.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets>' +
      (titles ? `<definedNames>${titles}</definedNames>` : '') +
      '</workbook>',
    `${CT}.spreadsheetml.sheet.main+xml`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    rels([
      ...sheets.map((_, i): [string, string] => [
        `${REL}/worksheet`,
        `worksheets/sheet${i + 1}.xml`,
      ]),
      [`${REL}/styles`, 'styles.xml'],
      [`${REL}/sharedStrings`, 'sharedStrings.xml'],
    ]),
  );
  put('xl/styles.xml', styles.toXml(), `${CT}.spreadsheetml.styles+xml`);
  put('xl/sharedStrings.xml', strings.toXml(), `${CT}.spreadsheetml.sharedStrings+xml`);
  put(
    'docProps/core.xml',
    coreXml(doc, options.created ?? new Date()),
    'application/vnd.openxmlformats-package.core-properties+xml',
  );
  put(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Alir</Application></Properties>',
    `${CT}.extended-properties+xml`,
  );
  put(
    '_rels/.rels',
    rels([
      [`${REL}/officeDocument`, 'xl/workbook.xml'],
      [`${PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
      [`${REL}/extended-properties`, 'docProps/app.xml'],
    ]),
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      '<Default Extension="jpeg" ContentType="image/jpeg"/>' +
      overrides.join('') +
      '</Types>',
  );
  return zipSync(files, { level: 6 });
}

function rels(targets: [string, string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${PKG_REL}">` +
    targets
      .map(
        ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
      )
      .join('') +
    '</Relationships>'
  );
}

function coreXml(doc: SopDocument, created: Date): string {
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.identity.name)}</dc:title>` +
    `<dc:subject>${escapeXml(doc.identity.number)}</dc:subject>` +
    '<dc:creator>Alir</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The logo's bytes from its data URL (PNG or JPEG, as the file format allows); null when unreadable. */
export function decodeImage(dataUrl: string): SheetPart['image'] {
  const m = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/i.exec(dataUrl);
  if (!m) return null;
  try {
    const binary = atob(m[2]!.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { bytes, extension: m[1]!.toLowerCase() === 'png' ? 'png' : 'jpeg' };
  } catch {
    return null;
  }
}
