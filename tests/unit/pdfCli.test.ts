import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { hasPoppler, pdfInfo, tempDir } from './pdfTools';

const fixture = readFileSync(new URL('../fixtures/sop-024.sop.json', import.meta.url), 'utf8');

/** A copy of a real file whose second step's activity is a number. */
function badFile(): string {
  const json = JSON.parse(fixture) as { sop: { steps: { activity: unknown }[] } };
  (json.sop.steps[1] as { activity: unknown }).activity = 42;
  return JSON.stringify(json);
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('sop render (command line)', () => {
  it('renders the good file, reports the bad one by path and fails', async () => {
    const dir = tempDir('alir-cli-');
    const good = join(dir, 'baik.sop.json');
    const bad = join(dir, 'rusak.sop.json');
    writeFileSync(good, fixture);
    writeFileSync(bad, badFile());
    const outDir = join(dir, 'out');
    const { out, err, io } = capture();

    const code = await runCli(['render', bad, good, '-o', outDir], io);

    expect(code).toBe(1);
    expect(readdirSync(outDir)).toEqual(['baik.pdf']);
    expect(out.join('\n')).toContain(join(outDir, 'baik.pdf'));
    // The place as a user reads it, the technical path after it.
    expect(
      err.some(
        (line) =>
          line.startsWith(`${bad}: Step 2, Activity:`) && line.includes('(steps[1].activity)'),
      ),
    ).toBe(true);
    expect(err.join('\n')).not.toContain(good);
    if (hasPoppler) expect(Number(pdfInfo(join(outDir, 'baik.pdf'))['Pages'])).toBeGreaterThan(1);
  });

  it('writes next to the input by default and honours --paper', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'sop.sop.json');
    writeFileSync(input, fixture);
    const { io } = capture();
    expect(await runCli(['render', input, '--paper', 'legal'], io)).toBe(0);
    const pdf = join(dir, 'sop.pdf');
    expect(existsSync(pdf)).toBe(true);
    if (hasPoppler) expect(pdfInfo(pdf)['Page size']).toMatch(/^1008 x 612/);
  });

  it('reports a missing file and usage errors', async () => {
    const { err, io } = capture();
    expect(await runCli(['render', '/nonexistent/x.sop.json'], io)).toBe(1);
    expect(err[0]).toMatch(/^\/nonexistent\/x\.sop\.json: cannot read the file \(ENOENT\)/);
    expect(await runCli(['render', 'a.sop.json', '--paper', 'B5'], io)).toBe(2);
    expect(await runCli(['print'], io)).toBe(2);
    const help = capture();
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toContain('each file is written next to its input file');
    expect(help.out.join('\n')).toContain('--format <list>');
    const format = capture();
    expect(await runCli(['render', 'a.sop.json', '--format', 'pdf,docs'], format.io)).toBe(2);
    expect(format.err[0]).toContain('unknown format "docs"');
  });

  it('writes a workbook, or a PDF and a workbook, for each input with --format', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'sop.sop.json');
    writeFileSync(input, readFileSync(new URL('../fixtures/sop-024.sop.json', import.meta.url)));
    const { out, io } = capture();
    expect(await runCli(['render', input, '--format', 'xlsx'], io)).toBe(0);
    expect(existsSync(join(dir, 'sop.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'sop.pdf'))).toBe(false);
    // An .xlsx is a zip: it starts with the local file header "PK\x03\x04".
    expect([...readFileSync(join(dir, 'sop.xlsx')).subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(
      await runCli(['render', input, '--format', 'pdf,xlsx', '-o', join(dir, 'out')], io),
    ).toBe(0);
    expect(existsSync(join(dir, 'out', 'sop.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'sop.xlsx'))).toBe(true);
    expect(out.filter((l) => l.endsWith('.xlsx (2 pages)'))).toHaveLength(2);
  });

  it('writes a Word document for each input with --format docx', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'sop.sop.json');
    writeFileSync(input, readFileSync(new URL('../fixtures/sop-024.sop.json', import.meta.url)));
    const { out, io } = capture();
    expect(await runCli(['render', input, '--format', 'docx,pdf'], io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['sop.docx', 'sop.pdf', 'sop.sop.json']);
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'sop.docx'))));
    expect(strFromU8(files['word/document.xml']!)).toContain('Membuat draf naskah dinas');
    expect(out.filter((l) => l.endsWith('.docx (2 pages)'))).toHaveLength(1);
  });

  it('exits non-zero from a real process when a file fails', async () => {
    const dir = tempDir('alir-cli-');
    const bad = join(dir, 'rusak.sop.json');
    writeFileSync(bad, badFile());
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'render', bad],
      {
        cwd: new URL('../..', import.meta.url).pathname,
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${bad}: Step 2, Activity:`),
    });
  }, 30_000);

  it('refuses two inputs that would write the same output, naming both, before writing', async () => {
    const dir = tempDir('alir-cli-');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const first = join(dir, 'a', 'x.sop.json');
    const second = join(dir, 'b', 'X.sop.json');
    writeFileSync(first, fixture);
    writeFileSync(second, fixture);
    const outDir = join(dir, 'out');
    const { out, err, io } = capture();
    expect(await runCli(['render', first, second, '-o', outDir], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(first);
    expect(err[0]).toContain(second);
    expect(err[0]).toContain('would both be written to');
    expect(out).toEqual([]);
    expect(existsSync(outDir)).toBe(false);
    // Next to their inputs they do not clash, and the same input twice is no clash.
    expect(await runCli(['render', first, second, first], capture().io)).toBe(0);
    expect(existsSync(join(dir, 'a', 'x.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'b', 'X.pdf'))).toBe(true);
  });

  it('renders every .sop.json in a folder, however deep, keeping its subfolders under -o', async () => {
    const dir = tempDir('alir-cli-');
    mkdirSync(join(dir, 'in', 'keuangan', '2026'), { recursive: true });
    mkdirSync(join(dir, 'in', '.hidden'));
    writeFileSync(join(dir, 'in', 'umum.sop.json'), fixture);
    writeFileSync(join(dir, 'in', 'keuangan', 'x.sop.json'), fixture);
    writeFileSync(join(dir, 'in', 'keuangan', '2026', 'x.sop.json'), fixture);
    writeFileSync(join(dir, 'in', 'catatan.txt'), 'bukan SOP');
    writeFileSync(join(dir, 'in', '.hidden', 'y.sop.json'), fixture);
    const outDir = join(dir, 'out');
    const { out, io } = capture();
    expect(await runCli(['render', join(dir, 'in'), '-o', outDir], io)).toBe(0);
    expect(out).toHaveLength(3);
    expect(existsSync(join(outDir, 'umum.pdf'))).toBe(true);
    expect(existsSync(join(outDir, 'keuangan', 'x.pdf'))).toBe(true);
    expect(existsSync(join(outDir, 'keuangan', '2026', 'x.pdf'))).toBe(true);
    expect(existsSync(join(outDir, 'y.pdf'))).toBe(false);
    // Without -o each output is written next to its input.
    expect(await runCli(['render', join(dir, 'in', 'keuangan')], capture().io)).toBe(0);
    expect(existsSync(join(dir, 'in', 'keuangan', '2026', 'x.pdf'))).toBe(true);
  }, 60_000);

  it('says so when a folder holds no SOP file', async () => {
    const dir = tempDir('alir-cli-');
    const { err, io } = capture();
    expect(await runCli(['render', dir], io)).toBe(2);
    expect(err.join('\n')).toContain('no .sop.json files');
  });

  it('reads a UTF-16 file with a byte-order mark, as the browser does', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'unicode.sop.json');
    writeFileSync(
      input,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture, 'utf16le')]),
    );
    const { err, io } = capture();
    expect(await runCli(['render', input], io)).toBe(0);
    expect(err).toEqual([]);
    expect(existsSync(join(dir, 'unicode.pdf'))).toBe(true);
  });

  it('refuses bytes that are not UTF-8 text instead of reading them with replacement characters', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'latin1.sop.json');
    writeFileSync(input, Buffer.from(fixture.replace('Pengelolaan', 'Pengelol\u00e1an'), 'latin1'));
    const { err, io } = capture();
    expect(await runCli(['render', input], io)).toBe(1);
    expect(err[0]).toBe(
      `${input}: the file is not UTF-8 text (or UTF-16 with a byte-order mark); save it again as UTF-8`,
    );
  });

  it('leaves no temporary files behind', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'sop.sop.json');
    writeFileSync(input, fixture);
    expect(await runCli(['render', input, '--format', 'pdf,xlsx'], capture().io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['sop.pdf', 'sop.sop.json', 'sop.xlsx']);
  });
});
