/**
 * Round trip of the office exports through a real office program: every fixture's
 * workbook (LibreOffice Calc) and Word document (LibreOffice Writer) is printed to PDF by
 * `soffice --headless`, and that PDF must hold every text of the document (identity,
 * actors, step cells, flow labels) and have as many pages as Alir's own PDF. Unit tests
 * only parse the XML we write; this checks what a person opening the file actually sees.
 * Needs `soffice` and poppler (`pdftotext`, `pdfinfo`, `pdftoppm`).
 *
 *   npm run check:office [-- [--format xlsx|docx|xlsx,docx] <outDir>]
 *   (both formats by default; files kept in <outDir>, else in a temp dir)
 *
 * Exit 0: all found, pages equal; 1: a text is missing or page counts differ; 2: no soffice.
 */
import { loadNodeSheetFonts } from '../src/export/pdf/nodeFontFiles';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { exportSopPdf } from '../src/export/exportSopPdf';
import { exportSopDocx } from '../src/export/exportSopDocx';
import { exportSopXlsx } from '../src/export/exportSopXlsx';
import { parseSopFile } from '../src/persistence/sopFile';
import { compact, probes, wordsInOrder, type Probe } from './officeProbes';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');
const SOFFICE_TIMEOUT_MS = 60_000;

type Format = 'xlsx' | 'docx';

/** Runs a program, returning its stdout, or throwing with its stderr. */
function run(cmd: string, args: string[], timeout = 30_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

function pageCount(pdf: string): number {
  const m = /^Pages:\s+(\d+)/mu.exec(run('pdfinfo', [pdf]));
  return m?.[1] === undefined ? NaN : Number(m[1]);
}

/** The 1-based page whose text first holds `text`, else 0. */
function pageOf(pagesText: string[], text: string): number {
  return pagesText.findIndex((p) => compact(p).includes(compact(text))) + 1;
}

function render(pdf: string, page: number, prefix: string): string | null {
  if (page < 1) return null;
  const range = ['-f', `${page}`, '-l', `${page}`];
  run('pdftoppm', ['-r', '60', '-png', '-singlefile', ...range, pdf, prefix]);
  return `${prefix}.png`;
}

async function main(): Promise<number> {
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 }).error) {
    console.error('soffice (LibreOffice) is not installed; install it with');
    console.error('  apt-get install -y libreoffice-calc libreoffice-writer');
    return 2;
  }
  const args = process.argv.slice(2);
  const formatAt = args.indexOf('--format');
  const formats = (formatAt >= 0 ? (args.splice(formatAt, 2)[1] ?? '') : 'xlsx,docx')
    .split(',')
    .filter((f): f is Format => f === 'xlsx' || f === 'docx');
  if (formats.length === 0) {
    console.error('--format takes xlsx, docx or xlsx,docx');
    return 2;
  }
  const outDir = args[0] ? resolve(args[0]) : await mkdtemp(join(tmpdir(), 'alir-office-'));
  await mkdir(outDir, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'alir-soffice-profile-'));
  const fixtures = (await readdir(FIXTURES)).filter((f) => f.endsWith('.sop.json')).sort();
  let failed = false;
  const summary: string[] = [];
  try {
    for (const file of fixtures) {
      const base = basename(file, '.sop.json');
      const parsed = parseSopFile(await readFile(join(FIXTURES, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
      const doc = parsed.doc;
      const pdf = await exportSopPdf(doc, loadNodeSheetFonts);
      const alirPdf = join(outDir, `${base}.alir.pdf`);
      await writeFile(alirPdf, pdf.bytes);
      for (const format of formats) {
        const office = format === 'xlsx' ? exportSopXlsx(doc) : await exportSopDocx(doc);
        const xlsxPath = join(outDir, `${base}.${format}`);
        const loPdf = join(outDir, `${base}.${format}.libreoffice.pdf`);
        await writeFile(xlsxPath, office.bytes);
        await rm(loPdf, { force: true });
        const convert = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore'];
        run(
          'soffice',
          [...convert, '--convert-to', 'pdf', '--outdir', outDir, xlsxPath],
          SOFFICE_TIMEOUT_MS,
        );
        const converted = join(outDir, `${base}.pdf`);
        if (!existsSync(converted)) throw new Error(`${file}: soffice wrote no ${converted}`);
        await rename(converted, loPdf);

        const layout = run('pdftotext', ['-layout', loPdf, '-']);
        const plain = run('pdftotext', [loPdf, '-']);
        const raw = run('pdftotext', ['-raw', loPdf, '-']);
        const texts = [layout, plain, raw];
        const hays = texts.map(compact);
        const checks = probes(doc);
        const missing: Probe[] = [];
        const loose: Probe[] = [];
        for (const p of checks) {
          if (hays.some((h) => h.includes(compact(p.text)))) continue;
          if (texts.some((t) => wordsInOrder(p.text, t))) loose.push(p);
          else missing.push(p);
        }
        const loPages = pageCount(loPdf);
        const samePages = loPages === pdf.pageCount;
        if (missing.length > 0 || !samePages) failed = true;

        console.log(`\n${file} as .${format}  (${doc.identity.number})`);
        console.log(`  files: ${xlsxPath}\n         ${alirPdf}\n         ${loPdf}`);
        console.log(
          `  texts: ${checks.length} checked, ${missing.length} missing` +
            (loose.length > 0 ? `, ${loose.length} only word by word (cells interleaved)` : ''),
        );
        for (const p of loose) console.log(`    word by word ${p.field}`);
        for (const p of missing) console.log(`    MISSING ${p.field}: ${JSON.stringify(p.text)}`);
        console.log(
          `  pages: LibreOffice ${loPages}, Alir PDF ${pdf.pageCount}` +
            `, ${format} ${office.pageCount}${samePages ? '' : '  << DIFFER'}`,
        );
        const first = doc.steps[0]?.activity;
        if (first !== undefined) {
          const alirText = run('pdftotext', [alirPdf, '-']).split('\f');
          const pngs = [
            render(alirPdf, pageOf(alirText, first), join(outDir, `${base}.alir.flow`)),
            render(
              loPdf,
              pageOf(plain.split('\f'), first),
              join(outDir, `${base}.${format}.libreoffice.flow`),
            ),
          ];
          console.log(
            `  first flowchart page: ${pngs.map((p) => p ?? '(not found)').join('  vs  ')}`,
          );
        }
        summary.push(
          `  ${base}.${format}: ${checks.length} texts, ${missing.length} missing; ` +
            `pages LO ${loPages} / PDF ${pdf.pageCount}${samePages ? '' : ' DIFFER'}`,
        );
      }
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`\nSummary (files in ${outDir}):\n${summary.join('\n')}`);
  console.log(failed ? 'FAIL' : 'OK');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
