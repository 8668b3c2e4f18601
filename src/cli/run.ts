import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { exportSopPdf } from '../export/exportSopPdf';
import { loadNodeSheetFonts } from '../export/pdf/nodeFontFiles';
import { exportSopDocx } from '../export/exportSopDocx';
import { exportSopXlsx } from '../export/exportSopXlsx';
import { unreadableError } from '../model/fileErrors';
import { decodeFileText, fileTooLargeError, maxFileBytes } from '../model/fileText';
import { LIMITS } from '../model/limits';
import type { SopDocument } from '../model/types';
import { formatFileError, parseSopFile, type ParseResult } from '../persistence/sopFile';
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
    case 'convert':
      return (await import('./convert')).convert(args, io);
    default: {
      const unknown: never = args;
      throw new Error(`Unhandled command ${JSON.stringify(unknown)}`);
    }
  }
}

/** An input to render, with the folder under `-o` its output goes to (`''`: the folder itself). */
interface RenderInput {
  file: string;
  /** For a file found in a folder given: its subfolder there, mirrored under `-o`. */
  subfolder: string;
}

/**
 * The files to render: each file given, and every `*.sop.json` inside each folder given,
 * however deep (hidden entries skipped), in name order, so one run renders an agency's tree.
 */
async function renderInputs(paths: readonly string[]): Promise<RenderInput[]> {
  const out: RenderInput[] = [];
  const walk = async (path: string, subfolder: string): Promise<void> => {
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((d) => !d.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of names) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full, join(subfolder, entry.name));
      else if (/\.sop\.json$/i.test(entry.name)) out.push({ file: full, subfolder });
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, '');
    else out.push({ file: path, subfolder: '' });
  }
  return out;
}

async function render(given: RenderArgs, io: CliIo): Promise<number> {
  const inputs = await renderInputs(given.files);
  if (inputs.length === 0) {
    io.err(`sop: no .sop.json files in ${given.files.join(', ')}`);
    return 2;
  }
  const subfolders = new Map(inputs.map((i) => [i.file, i.subfolder]));
  const args: RenderArgs = { ...given, files: inputs.map((i) => i.file) };
  const clash = outputClash(args, subfolders);
  if (clash) {
    io.err(`sop: ${clash}`);
    return 2;
  }
  let failed = 0;
  for (const file of args.files) {
    let ok: boolean;
    try {
      ok = await renderOne(file, args, io, subfolders);
    } catch {
      // Nothing below should throw; if something does, this file failed, not the run.
      io.err(`${file}: ${formatFileError(unreadableError(), 'en')}`);
      ok = false;
    }
    if (!ok) failed++;
  }
  if (failed > 0) io.err(`${failed} of ${args.files.length} file(s) failed.`);
  return failed > 0 ? 1 : 0;
}

/** `<dir>/<name>` without `.sop.json` (or `.json`): the output path of `file` before its extension. */
function outputStem(
  file: string,
  args: RenderArgs,
  subfolders: ReadonlyMap<string, string> = new Map(),
): string {
  const dir = args.outDir ? join(args.outDir, subfolders.get(file) ?? '') : dirname(file);
  return join(dir, basename(file).replace(/(\.sop)?\.json$/i, ''));
}

/**
 * The message for two different inputs that would write the same output file
 * (`a/x.sop.json` and `b/x.sop.json` with `-o out`), or null. File names are
 * compared without case, as macOS and Windows folders do; the same input given
 * twice is not a clash. Checked before anything is written, so no output is overwritten.
 */
function outputClash(args: RenderArgs, subfolders: ReadonlyMap<string, string>): string | null {
  const byOutput = new Map<string, string>();
  for (const file of args.files) {
    const stem = outputStem(file, args, subfolders);
    const key = join(resolve(dirname(stem)), basename(stem).toLowerCase());
    const earlier = byOutput.get(key);
    if (earlier !== undefined && resolve(earlier) !== resolve(file)) {
      const output = `${stem}.${args.formats[0] ?? 'pdf'}`;
      return (
        `${earlier} and ${file} would both be written to ${output}; ` +
        'render them in separate runs with different -o folders, or rename one.'
      );
    }
    if (earlier === undefined) byOutput.set(key, file);
  }
  return null;
}

/** The file's text, decoded as the browser decodes it, or the reason it cannot be read. */
async function readInput(file: string): Promise<{ text: string } | { problems: string[] }> {
  try {
    const { size } = await stat(file);
    if (size > maxFileBytes(LIMITS.fileBytes)) {
      return { problems: [formatFileError(fileTooLargeError(size, LIMITS.fileBytes), 'en')] };
    }
    const decoded = decodeFileText(await readFile(file), LIMITS.fileBytes);
    if (!decoded.ok) return { problems: decoded.errors.map((e) => formatFileError(e, 'en')) };
    return { text: decoded.text };
  } catch (e) {
    return {
      problems: [`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`],
    };
  }
}

/**
 * Writes `bytes` to a temporary file in the target's folder and renames it over the
 * target: a failed or interrupted write leaves the old file (or none), never half a
 * PDF. The temporary file is removed when anything fails.
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

async function renderOne(
  file: string,
  args: RenderArgs,
  io: CliIo,
  subfolders: ReadonlyMap<string, string>,
): Promise<boolean> {
  const input = await readInput(file);
  if ('problems' in input) {
    for (const problem of input.problems) io.err(`${file}: ${problem}`);
    return false;
  }
  const parsed: ParseResult = parseSopFile(input.text);
  if (!parsed.ok) {
    for (const error of parsed.errors) io.err(`${file}: ${formatFileError(error, 'en')}`);
    return false;
  }
  const doc = args.paper
    ? { ...parsed.doc, sheet: { ...parsed.doc.sheet, paper: args.paper } }
    : parsed.doc;
  const stem = outputStem(file, args, subfolders);
  let ok = true;
  for (const format of args.formats) {
    try {
      const out = await renderFormat(doc, format);
      await mkdir(dirname(stem), { recursive: true });
      const target = `${stem}.${format}`;
      await writeAtomically(target, out.bytes);
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
      return exportSopPdf(doc, loadNodeSheetFonts);
    case 'xlsx':
      return exportSopXlsx(doc);
    case 'docx':
      return exportSopDocx(doc);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown format ${String(unknown)}`);
    }
  }
}
