import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportSopPdf } from '../export/exportSopPdf';
import { exportSopXlsx } from '../export/exportSopXlsx';
import { loadNodeSheetFonts } from '../export/pdf/nodeFontFiles';
import { translate, type MessageKey } from '../i18n/dictionary';
import { importTableFile } from '../import/importTableFile';
import type { SheetProcedure } from '../import/importWorkbook';
import { MAX_TABLE_FILE_BYTES } from '../import/readTableFile';
import { newDocument } from '../model/defaults';
import { decodeFileText } from '../model/fileText';
import { LIMITS } from '../model/limits';
import type { SopDocument } from '../model/types';
import type { DocumentMeta } from '../model/documentMeta';
import { formatFileError, parseSopFile, writeSopFile } from '../persistence/sopFile';
import type { ConvertArgs, ConvertFormat } from './args';
import type { CliIo } from './run';
import { writeAtomically } from './run';

const INPUTS = /\.(xlsx|csv|tsv|sop\.json)$/i;
const SINGLE_OUTPUT = /\.(sop\.json|json|xlsx|pdf)$/i;

/** The input files: the files given, and the spreadsheets and SOP files in the folders given (deep). */
async function inputFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string, given: boolean): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      for (const name of names) await walk(join(path, name), false);
    } else if (given || INPUTS.test(path)) out.push(path);
  };
  for (const p of paths) await walk(p, true);
  return out;
}

const stemOf = (file: string) => basename(file).replace(/(\.sop\.json|\.json|\.[^.]+)$/i, '');

/** One SOP read from an input; one read from a SOP file knows who it is. */
type Converted = SheetProcedure & { meta?: DocumentMeta };

/** The SOPs one input holds, or the reasons it holds none. */
async function readSops(file: string, args: ConvertArgs): Promise<Converted[] | string[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    return [`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`];
  }
  if (/\.json$/i.test(file)) {
    const decoded = decodeFileText(bytes, LIMITS.fileBytes);
    if (!decoded.ok) return decoded.errors.map((e) => formatFileError(e, 'en'));
    const parsed = parseSopFile(decoded.text);
    if (!parsed.ok) return parsed.errors.map((e) => formatFileError(e, 'en'));
    // A SOP file converted to a SOP file stays the same document: its id and time are kept.
    return [{ sheet: '', doc: parsed.doc, problems: [], meta: parsed.meta }];
  }
  if (bytes.length > MAX_TABLE_FILE_BYTES) return ['the file is larger than 10 MiB'];
  const { JSDOM } = await import('jsdom');
  const parser = new new JSDOM('').window.DOMParser();
  const base = newDocument(stemOf(file), new Date().toISOString().slice(0, 10));
  const read = importTableFile(file, bytes, base, {
    join: args.join,
    parseXml: (text) => parser.parseFromString(text, 'application/xml'),
  });
  if (!read.ok) {
    const why = {
      tooLarge: 'the file is larger than 10 MiB',
      notSpreadsheet: 'not a spreadsheet (.xlsx, .csv or .tsv) that can be read',
      empty: 'no steps found in it',
    };
    return [why[read.reason]];
  }
  return read.procedures;
}

async function encode(
  doc: SopDocument,
  format: ConvertFormat,
  meta?: DocumentMeta,
): Promise<Uint8Array> {
  if (format === 'pdf') return (await exportSopPdf(doc, loadNodeSheetFonts)).bytes;
  if (format === 'xlsx') return exportSopXlsx(doc).bytes;
  const written = writeSopFile(doc, meta);
  if (!written.ok) throw new Error(formatFileError(written.error, 'en'));
  return new TextEncoder().encode(written.text);
}

const slug = (text: string) =>
  text
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'lembar';

/**
 * `convert`: spreadsheets (the official layout or a flat table) and SOP files to SOP files,
 * workbooks or PDFs, one output per SOP, with what could not be read said per file.
 */
export async function convert(args: ConvertArgs, io: CliIo): Promise<number> {
  const files = await inputFiles(args.inputs);
  if (files.length === 0) {
    io.err('sop: no input files (.xlsx, .csv, .tsv or .sop.json) found. Try --help.');
    return 2;
  }
  const single = args.out !== null && SINGLE_OUTPUT.test(args.out);
  if (single && files.length > 1) {
    io.err(
      `sop: ${args.out} is one file, but there are ${files.length} inputs: give a folder to -o.`,
    );
    return 2;
  }
  const format: ConvertFormat = single
    ? /\.pdf$/i.test(args.out!)
      ? 'pdf'
      : /\.xlsx$/i.test(args.out!)
        ? 'xlsx'
        : 'sop.json'
    : args.to;
  const written = new Set<string>();
  let failed = 0;
  for (const file of files) {
    const sops = await readSops(file, args);
    if (typeof sops[0] === 'string') {
      for (const why of sops as string[]) io.err(`${file}: ${why}`);
      failed++;
      continue;
    }
    const procedures = sops as Converted[];
    if (single && procedures.length > 1) {
      io.err(
        `${file}: ${procedures.length} flowchart sheets; give --join to convert them as one procedure, or a folder to -o for one file each.`,
      );
      failed++;
      continue;
    }
    for (const p of procedures) {
      const named = procedures.length > 1 ? `${stemOf(file)}-${slug(p.sheet)}` : stemOf(file);
      let target = single ? args.out! : join(args.out ?? dirname(file), `${named}.${format}`);
      // Two inputs of one name in one folder: the second gets a number, nothing is overwritten.
      for (let k = 2; written.has(target.toLowerCase()); k++)
        target = join(dirname(target), `${named}-${k}.${format}`);
      written.add(target.toLowerCase());
      for (const problem of p.problems) {
        const key: MessageKey = `import.problem.${problem.code}`;
        const cell = procedures.length > 1 && p.sheet ? `${p.sheet}!${problem.cell}` : problem.cell;
        io.err(`${file}: ${translate('en', key, { cell, name: problem.name })}`);
      }
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeAtomically(target, await encode(p.doc, format, p.meta));
        io.out(`${target} (${p.doc.steps.length} steps)`);
      } catch (e) {
        io.err(`${file}: cannot write ${target} (${e instanceof Error ? e.message : String(e)})`);
        failed++;
      }
    }
  }
  if (failed > 0) io.err(`${failed} of ${files.length} input(s) failed.`);
  return failed > 0 ? 1 : 0;
}
