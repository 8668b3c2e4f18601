import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportSopPdf } from '../export/exportSopPdf';
import { exportSopXlsx } from '../export/exportSopXlsx';
import type { SopDocument } from '../model/types';
import { formatFileError, parseSopFile } from '../persistence/sopFile';
import { HELP, parseArgs, type OutputFormat, type RenderArgs } from './args';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the command line and returns the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.out(HELP);
      return 0;
    case 'error':
      io.err(`sop: ${args.message}. Try --help.`);
      return 2;
    case 'render':
      return render(args, io);
    default: {
      const unknown: never = args;
      throw new Error(`Unhandled command ${JSON.stringify(unknown)}`);
    }
  }
}

async function render(args: RenderArgs, io: CliIo): Promise<number> {
  let failed = 0;
  for (const file of args.files) {
    const ok = await renderOne(file, args, io);
    if (!ok) failed++;
  }
  if (failed > 0) io.err(`${failed} of ${args.files.length} file(s) failed.`);
  return failed > 0 ? 1 : 0;
}

async function renderOne(file: string, args: RenderArgs, io: CliIo): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    io.err(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return false;
  }
  const parsed = parseSopFile(text);
  if (!parsed.ok) {
    for (const error of parsed.errors) io.err(`${file}: ${formatFileError(error, 'en')}`);
    return false;
  }
  const doc = args.paper
    ? { ...parsed.doc, sheet: { ...parsed.doc.sheet, paper: args.paper } }
    : parsed.doc;
  const dir = args.outDir ?? dirname(file);
  const stem = basename(file).replace(/(\.sop)?\.json$/i, '');
  let ok = true;
  for (const format of args.formats) {
    try {
      const out = await renderFormat(doc, format);
      await mkdir(dir, { recursive: true });
      const target = join(dir, `${stem}.${format}`);
      await writeFile(target, out.bytes);
      io.out(`${target} (${out.pageCount} page${out.pageCount === 1 ? '' : 's'})`);
    } catch (e) {
      io.err(
        `${file}: cannot render or write the ${format.toUpperCase()} (${e instanceof Error ? e.message : String(e)})`,
      );
      ok = false;
    }
  }
  return ok;
}

/** The same export code as the browser's Export menu. */
async function renderFormat(
  doc: SopDocument,
  format: OutputFormat,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  switch (format) {
    case 'pdf':
      return exportSopPdf(doc);
    case 'xlsx':
      return exportSopXlsx(doc);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown format ${String(unknown)}`);
    }
  }
}
