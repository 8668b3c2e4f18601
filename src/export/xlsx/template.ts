import { strToU8, zipSync } from 'fflate';
import { cellStringXml } from './xml';

/*
 * `Berkas → Unduh templat Excel`: a flat workbook one row per step, with the headers the
 * import reads and two example rows, for an office that would rather fill a table than draw.
 * Written by hand (one sheet of inline strings, a bold header): the import reads it back.
 */

/** The headers, as agencies write them, in the order the steps table has its columns. */
export const TEMPLATE_HEADERS = [
  'No',
  'Uraian Kegiatan',
  'Pelaksana',
  'Simbol',
  'Persyaratan/Kelengkapan',
  'Waktu',
  'Output',
  'Keterangan',
  'Lanjut ke No. (YA)',
  'Lanjut ke No. (TIDAK)',
] as const;

export const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  [
    '1',
    'Menerima berkas permohonan',
    'Petugas Loket',
    'Mulai',
    'Formulir permohonan',
    '5 menit',
    'Berkas diterima',
    '',
    '',
    '',
  ],
  [
    '2',
    'Memeriksa kelengkapan berkas',
    'Verifikator',
    'Keputusan',
    'Berkas diterima',
    '10 menit',
    'Berkas lengkap',
    'Tidak lengkap: dikembalikan',
    '3',
    '1',
  ],
  [
    '3',
    'Mengarsipkan berkas',
    'Petugas Loket',
    'Selesai',
    'Berkas lengkap',
    '5 menit',
    'Arsip',
    '',
    '',
    '',
  ],
];

const WIDTHS = [5, 40, 18, 11, 28, 11, 22, 28, 16, 18];

function column(i: number): string {
  return String.fromCharCode(65 + i);
}

function rowXml(cells: readonly string[], r: number, style: number): string {
  const xml = cells
    .map((text, i) =>
      text === ''
        ? ''
        : `<c r="${column(i)}${r}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${cellStringXml(text)}</t></is></c>`,
    )
    .join('');
  return `<row r="${r}">${xml}</row>`;
}

/** The template workbook's bytes. */
export function templateWorkbook(): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const cols = WIDTHS.map(
    (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`,
  ).join('');
  const rows = [
    rowXml(TEMPLATE_HEADERS, 1, 1),
    ...TEMPLATE_ROWS.map((r, i) => rowXml(r, i + 2, 2)),
  ].join('');
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Langkah SOP" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${main}"><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/><xf fontId="1" borderId="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf borderId="1" numFmtId="49" applyBorder="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${main}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${rows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
