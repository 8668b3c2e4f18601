import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { parseSopFile } from '../../src/persistence/sopFile';
import { pdfInfo, tempDir } from './pdfTools';

const AGENCY = 'tests/fixtures/xlsx/sop-verifikasi-berita.xlsx';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function readSop(path: string) {
  const parsed = parseSopFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`not an SOP file: ${path}`);
  return parsed.doc;
}

describe('sop convert', () => {
  it('turns an agency workbook into an SOP file, saying what it could not read and where', async () => {
    const dir = tempDir();
    const target = join(dir, 'verifikasi.sop.json');
    const { code, out, err } = await run('convert', AGENCY, '-o', target);
    expect(code).toBe(0);
    expect(out).toEqual([`${target} (8 steps)`]);
    expect(err).toEqual([
      `${AGENCY}: E10: the text box “TextBox 7” stands by no exit of a symbol; left out.`,
      `${AGENCY}: F13: the text box “TextBox 35” stands by no exit of a symbol; left out.`,
    ]);
    const doc = readSop(target);
    expect(doc.identity.name).toBe('VERIFIKASI BERITA PENCARIAN DAN PERTOLONGAN');
    expect(doc.actors).toHaveLength(5);
    expect(doc.flows).toHaveLength(8);
  });

  it('migrates a folder of workbooks, tables and SOP files to PDFs, one per SOP', async () => {
    const inbox = tempDir();
    mkdirSync(join(inbox, 'lama'));
    copyFileSync(AGENCY, join(inbox, 'lama', 'verifikasi.xlsx'));
    writeFileSync(
      join(inbox, 'loket.csv'),
      'No;Uraian Kegiatan;Pelaksana;Waktu\r\n1;Menerima berkas;Petugas;5 menit\r\n2;Memeriksa;Verifikator;10 menit\r\n',
    );
    copyFileSync('tests/fixtures/sop-024.sop.json', join(inbox, 'sop-024.sop.json'));
    writeFileSync(join(inbox, 'catatan.txt'), 'not an SOP');
    const outDir = tempDir();
    const { code, out } = await run('convert', inbox, '-o', outDir, '--to', 'pdf');
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    expect(readdirSync(outDir).sort()).toEqual(['loket.pdf', 'sop-024.pdf', 'verifikasi.pdf']);
    expect(Number(pdfInfo(join(outDir, 'verifikasi.pdf'))['Pages'])).toBeGreaterThanOrEqual(2);
  });

  it('reports a file it cannot read and converts the rest; refuses one output file for many inputs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rusak.xlsx'), 'PK not really a zip');
    copyFileSync(AGENCY, join(dir, 'baik.xlsx'));
    const failed = await run('convert', join(dir, 'rusak.xlsx'), join(dir, 'baik.xlsx'), '-o', dir);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain(
      `${join(dir, 'rusak.xlsx')}: not a spreadsheet (.xlsx, .csv or .tsv) that can be read`,
    );
    expect(readdirSync(dir)).toContain('baik.sop.json');
    const usage = await run('convert', join(dir, 'baik.xlsx'), AGENCY, '-o', join(dir, 'x.pdf'));
    expect(usage.code).toBe(2);
  });
});
