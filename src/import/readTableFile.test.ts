// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellPlace, readTableFile } from './readTableFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readTableFile', () => {
  it('reads a CSV with semicolons (Excel in an Indonesian locale), quotes and a BOM', () => {
    const csv = '\uFEFFNo;Uraian Kegiatan;Pelaksana\r\n1;"Menerima; mencatat";Staf\r\n';
    expect(readTableFile('sop.csv', bytes(csv))).toEqual({
      ok: true,
      sheets: [
        {
          name: null,
          rows: [
            ['No', 'Uraian Kegiatan', 'Pelaksana'],
            ['1', 'Menerima; mencatat', 'Staf'],
          ],
        },
      ],
    });
  });

  it('reads a comma CSV and a TSV', () => {
    const csv = readTableFile('a.csv', bytes('Kegiatan,Waktu\nA,"5 menit, paling lama"'));
    expect(csv).toMatchObject({
      sheets: [
        {
          rows: [
            ['Kegiatan', 'Waktu'],
            ['A', '5 menit, paling lama'],
          ],
        },
      ],
    });
    expect(readTableFile('a.tsv', bytes('Kegiatan\tWaktu\nA\t5'))).toMatchObject({
      sheets: [
        {
          rows: [
            ['Kegiatan', 'Waktu'],
            ['A', '5'],
          ],
        },
      ],
    });
  });

  it('reads the first sheet of a workbook: shared strings, inline strings, numbers, gaps', () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>Terima</t></is></c><c r="B3"><v>5</v></c><c r="C3" t="s"><v>2</v></c></row>
    </sheetData></worksheet>`;
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <si><t>Kegiatan</t></si><si><r><t>Pelak</t></r><r><t>sana</t></r></si><si><t>Staf</t></si></sst>`;
    const workbook = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Langkah" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>`;
    const zip = zipSync({
      'xl/workbook.xml': strToU8(workbook),
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
      'xl/sharedStrings.xml': strToU8(strings),
    });
    expect(readTableFile('sop.xlsx', zip)).toEqual({
      ok: true,
      sheets: [
        { name: 'Langkah', rows: [['Kegiatan', '', 'Pelaksana'], [], ['Terima', '5', 'Staf']] },
      ],
    });
  });

  it('reads every sheet of a real agency workbook, in order', () => {
    const file = readFileSync(
      join(process.cwd(), 'tests/fixtures/xlsx/sop-verifikasi-berita.xlsx'),
    );
    const read = readTableFile('sop-verifikasi-berita.xlsx', new Uint8Array(file));
    if (!read.ok) throw new Error('not read');
    // xl/workbook.xml lists COVER, then the flowchart sheet.
    expect(read.sheets.map((s) => s.name)).toEqual(['COVER', 'SOP VERIFIKASI BERITA SAR ']);
  });

  it('refuses what is not a spreadsheet, or holds nothing', () => {
    expect(readTableFile('x.xlsx', bytes('not a zip'))).toEqual({
      ok: false,
      reason: 'notSpreadsheet',
    });
    expect(readTableFile('x.csv', bytes(';;\n;;'))).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('cellPlace', () => {
  it('reads cell references', () => {
    expect(cellPlace('A1')).toEqual({ row: 0, col: 0 });
    expect(cellPlace('AB12')).toEqual({ row: 11, col: 27 });
    expect(cellPlace('a1')).toBeNull();
  });
});
