// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromTable, readTable } from '../model/commands';
import { newDocument } from '../model/defaults';
import { validateDocument } from '../model/validate';
import { readTableFile } from './readTableFile';

describe('a real agency workbook read as a table', () => {
  it('gives its activity rows with Mutu Baku and Keterangan, and its actors from the header', () => {
    const file = readFileSync(
      join(process.cwd(), 'tests/fixtures/xlsx/sop-verifikasi-berita.xlsx'),
    );
    const read = readTableFile('sop-verifikasi-berita.xlsx', new Uint8Array(file));
    if (!read.ok) throw new Error('not read');
    const sheet = read.sheets[1]!;
    const plan = readTable(newDocument(''), sheet.rows);
    expect(plan.fromHeader).toBe(true);
    const made = documentFromTable(
      newDocument('Verifikasi'),
      plan.cells,
      plan.roles,
      plan.actorColumns,
    );
    if (!made) throw new Error('nothing imported');
    const { doc } = made;
    // From xl/worksheets: the second header row names five actors under "Pelaksana", and the
    // rows numbered 1 to 8 in column A (A6:A10, A13:A15; rows 11-12 are blank) are the activities.
    expect(doc.actors.map((a) => a.name)).toEqual([
      'Petugas Komunikasi',
      'Kepala Siaga BCC',
      'Kepala Siaga Kantor Pencarian dan Pertolongan',
      'Petugas Komunikasi Kantor Pencarian dan Pertolongan',
      'Instansi/ Organisasi / Perusahaan Kapal atau Maskapai Penerbangan',
    ]);
    expect(doc.steps).toHaveLength(8);
    expect(doc.steps[0]).toMatchObject({
      activity: 'Menerima informasi laporan Kejadian dan menginformasikan kepada Kepala Siaga BCC',
      requirements: 'Data Pelapor, Kronologis Kejadian, Data Kapal, Jumlah POB, dll',
      output: 'Laporan, data pelapor',
      notes: 'Telp, Radio, email, media sosial, laporan emergency call 115',
    });
    expect(doc.steps[0]!.time.replace(/\s+/g, ' ')).toBe('5 Menit');
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('a flat table with one column per actor, marked with x or the shape’s name', () => {
    const rows = [
      ['No', 'Kegiatan', 'Pelaksana', '', '', 'Waktu'],
      ['', '', 'Staf', 'Kasubbag', 'Kepala', ''],
      ['1', 'Menerima berkas', 'Mulai', '', '', '5 menit'],
      ['2', 'Memeriksa berkas', '', 'Keputusan', '', '10 menit'],
      ['3', 'Menandatangani', '', '', 'x', '1 hari'],
    ];
    const plan = readTable(newDocument(''), rows);
    const made = documentFromTable(newDocument('Baru'), plan.cells, plan.roles, plan.actorColumns);
    const doc = made!.doc;
    const actorOf = (i: number) =>
      doc.actors.find((a) => a.id === doc.steps[i]!.symbols[0]!.actor)!.name;
    expect(doc.steps.map((_, i) => actorOf(i))).toEqual(['Staf', 'Kasubbag', 'Kepala']);
    expect(doc.steps.map((s) => s.symbols[0]!.shape)).toEqual([
      'terminator',
      'decision',
      'process',
    ]);
    expect(doc.steps.map((s) => s.time)).toEqual(['5 menit', '10 menit', '1 hari']);
  });
});
