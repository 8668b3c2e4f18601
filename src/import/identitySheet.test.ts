// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../export/xlsx/workbook';
import { layoutSheet } from '../layout/layoutSheet';
import { sheetMeasurer } from '../layout/text/measure';
import { emptyIdentity } from '../model/defaults';
import type { SopDocument } from '../model/types';
import { identityFromSheet, readDate } from './identitySheet';
import { readWorkbook, type WorkbookSheet } from './workbook';

const read = (...path: string[]) => new Uint8Array(readFileSync(join(process.cwd(), ...path)));

function sheets(bytes: Uint8Array): WorkbookSheet[] {
  const book = readWorkbook(bytes);
  if (!book.ok) throw new Error(book.reason);
  return book.sheets;
}

describe('the identity sheet of a workbook Alir exported', () => {
  it.each(['sop-009', 'sop-024', 'sop-098', 'sop-314'])(
    '%s reads back every identity field',
    (name) => {
      const text = new TextDecoder().decode(read('tests', 'fixtures', `${name}.sop.json`));
      const doc = (JSON.parse(text) as { sop: SopDocument }).sop;
      const bytes = writeWorkbook(doc, layoutSheet(doc, { measure: sheetMeasurer }));
      const sheet = sheets(bytes).find((s) => s.name === 'Identitas')!;
      const { identity } = identityFromSheet(sheet, emptyIdentity());
      // The logo is a picture of the sheet, not read back.
      expect({ ...identity, logo: null }).toEqual({ ...doc.identity, logo: null });
    },
  );
});

describe("an agency's COVER sheet", () => {
  const cover = sheets(read('tests', 'fixtures', 'xlsx', 'sop-verifikasi-berita.xlsx'))[0]!;

  it('fills the fields it names, lists by their numbered rows, the heading block as organization and unit', () => {
    const { identity, found } = identityFromSheet(cover, emptyIdentity());
    expect(found).toBeGreaterThanOrEqual(10);
    expect(identity.organization).toEqual([
      'BADAN NASIONAL PENCARIAN DAN PERTOLONGAN',
      'DEPUTI BIDANG OPERASI PENCARIAN DAN PERTOONGAN, DAN KESIAPSIAGAAN',
    ]);
    expect(identity.unit).toBe('DIREKTORAT KESIAPSIAGAAN');
    expect(identity.name).toBe('VERIFIKASI BERITA PENCARIAN DAN PERTOLONGAN');
    expect(identity.approver).toEqual({
      title: 'DIREKTUR KESIAPSIAGAAN',
      name: 'Noer Isrodin Muchlisin, S.Pd., M.M.',
      nip: '197212241998031002',
    });
    // "      Oktober 2024" has no day: not a date, left empty rather than guessed.
    expect(identity.createdDate).toBeNull();
    expect(identity.legalBasis).toHaveLength(7);
    expect(identity.legalBasis[1]).toBe('UU Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara');
    expect(identity.relatedSops).toHaveLength(4);
    // "Peralatan :" inside the Peralatan/Perlengkapan list is an item, not another label.
    expect(identity.equipment).toHaveLength(2);
    expect(identity.equipment[0]).toMatch(/^Peralatan : Komputer\/Laptop/);
    // "PENCATATAN DAN PENDAFTARAN" is the records list, numbered in one cell.
    expect(identity.records).toEqual([
      'Jurnal Emergency Call 115',
      'Jurnal Harian Petugas Komunikasi',
    ]);
    expect(identity.warnings).toHaveLength(1);
    expect(identity.logo).toMatch(/^data:image\/png;base64,iVBOR/);
  });

  it('finds nothing on a flowchart sheet', () => {
    const flowchart = sheets(read('tests', 'fixtures', 'xlsx', 'sop-verifikasi-berita.xlsx'))[1]!;
    expect(identityFromSheet(flowchart, emptyIdentity()).found).toBe(0);
  });
});

describe('readDate', () => {
  it('reads the ways offices write a date', () => {
    expect(readDate('2 Juni 2025')).toBe('2025-06-02');
    expect(readDate('02/06/2025')).toBe('2025-06-02');
    expect(readDate('2025-06-02')).toBe('2025-06-02');
    expect(readDate('17 Agt 2024')).toBe('2024-08-17');
    expect(readDate('31 Februari 2025')).toBeNull();
    expect(readDate('-')).toBeNull();
  });
});
