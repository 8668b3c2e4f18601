import type { Paper } from '../model/types';

/** What `render` writes for each input. */
export type OutputFormat = 'pdf' | 'xlsx' | 'docx';

export interface RenderArgs {
  command: 'render';
  files: string[];
  outDir: string | null;
  paper: Paper | null;
  /** In the order given, without repeats; `pdf` when not given. */
  formats: OutputFormat[];
}

/** What `convert` writes when -o is a folder. */
export type ConvertFormat = 'sop.json' | 'xlsx' | 'pdf';

export interface ConvertArgs {
  command: 'convert';
  /** Files and folders (searched deep for .xlsx, .csv, .tsv and .sop.json). */
  inputs: string[];
  /** A file (its extension says the format) or a folder; null: next to each input. */
  out: string | null;
  to: ConvertFormat;
  /** Several flowchart sheets of one workbook as one procedure's pages. */
  join: boolean;
}

export type CliArgs =
  RenderArgs | ConvertArgs | { command: 'help' } | { command: 'error'; message: string };

const PAPERS: readonly Paper[] = ['A4', 'F4', 'Letter', 'Legal'];
const FORMATS: readonly OutputFormat[] = ['pdf', 'xlsx', 'docx'];

export const HELP = `Alir — render SOP files (.sop.json) as official SOP sheets (PDF) and
standard tabular SOP workbooks (Excel .xlsx) and documents (Word .docx), the
flowchart as editable shapes.

Usage:
  npm run sop -- render <file.sop.json|folder>... [-o <dir>] [--paper A4|F4|Letter|Legal]
                        [--format pdf|xlsx|docx|pdf,xlsx,docx]
  npm run sop -- convert <in.xlsx|in.csv|in.tsv|in.sop.json|folder>...
                         [-o <out.sop.json|out.xlsx|out.pdf|folder>]
                         [--to sop.json|xlsx|pdf] [--join]
  npm run sop -- --help

Options:
  -o, --out <dir>   Folder for the output files (created if missing). Default:
                    each file is written next to its input file.
  --paper <size>    Paper size for every file, overriding the one saved in it.
  --format <list>   What to write for each input: pdf (default), xlsx, docx, or
                    several separated by commas.
  -h, --help        Show this help.

Each input <name>.sop.json gives <name>.pdf, <name>.xlsx and/or <name>.docx. A folder given is
searched, however deep, for *.sop.json files; with -o their subfolders are kept
under the output folder. Every output is written to a
temporary file first and then renamed, so a failed write never leaves half a
file. Two different inputs that would give the same output name (a/x.sop.json
and b/x.sop.json with -o out) are refused before anything is written: render
them in separate runs. Inputs are read as UTF-8 (with or without a byte-order
mark) or UTF-16 with a byte-order mark, as the browser reads them.

convert brings existing SOPs in: a workbook in the official layout (one column per
Pelaksana, the flowchart drawn as shapes and connectors, with its COVER/identity
sheet) or a flat table (one row per step, columns named by their header), or an
SOP file, is written as an SOP file (default), a workbook or a PDF. Folders are
searched for such files, for batch migration. A workbook with several flowchart
sheets gives one output per sheet (<name>-<sheet>.<ext>), or one with --join.
What could not be read (a shape outside the table, an arrow with a loose end, an
unknown shape) is reported on stderr with its cell; the rest is still written.

A file that cannot be read or is not a valid SOP file is reported on stderr as
"<file>: <problem>" and skipped; the other files are still rendered. The exit
code is 0 when every file was rendered, 1 when any failed, 2 for a usage error
(including clashing output names).
`;

/** Reads the command line (without `node` and the script path). */
export function parseArgs(argv: string[]): CliArgs {
  if (argv.length === 0 || argv.some((a) => a === '-h' || a === '--help'))
    return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === 'convert') return parseConvert(rest);
  if (command !== 'render') return { command: 'error', message: `unknown command "${command}"` };
  const files: string[] = [];
  let outDir: string | null = null;
  let paper: Paper | null = null;
  let formats: OutputFormat[] = ['pdf'];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-o' || arg === '--out' || arg === '--paper' || arg === '--format') {
      const value = rest[++i];
      if (value === undefined) return { command: 'error', message: `${arg} needs a value` };
      if (arg === '--format') {
        const parsed = parseFormats(value);
        if (typeof parsed === 'string') return { command: 'error', message: parsed };
        formats = parsed;
      } else if (arg === '--paper') {
        const match = PAPERS.find((p) => p.toLowerCase() === value.toLowerCase());
        if (!match)
          return {
            command: 'error',
            message: `unknown paper "${value}" (A4, F4, Letter or Legal)`,
          };
        paper = match;
      } else {
        outDir = value;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'error', message: `unknown option "${arg}"` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { command: 'error', message: 'no input files' };
  return { command: 'render', files, outDir, paper, formats };
}

/** `pdf,xlsx` → the formats, or the message saying which word is unknown. */
function parseFormats(value: string): OutputFormat[] | string {
  const words = value
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  const formats: OutputFormat[] = [];
  for (const word of words) {
    const match = FORMATS.find((f) => f === word);
    if (!match) return `unknown format "${word}" (pdf, xlsx, docx or a list such as pdf,docx)`;
    if (!formats.includes(match)) formats.push(match);
  }
  return formats.length > 0
    ? formats
    : 'no format given (pdf, xlsx, docx or a list such as pdf,docx)';
}

const CONVERT_FORMATS: readonly ConvertFormat[] = ['sop.json', 'xlsx', 'pdf'];

function parseConvert(rest: string[]): CliArgs {
  const inputs: string[] = [];
  let out: string | null = null;
  let to: ConvertFormat = 'sop.json';
  let join = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-o' || arg === '--out' || arg === '--to') {
      const value = rest[++i];
      if (value === undefined) return { command: 'error', message: `${arg} needs a value` };
      if (arg === '--to') {
        const match = CONVERT_FORMATS.find((f) => f === value.toLowerCase().replace(/^\./, ''));
        if (!match)
          return { command: 'error', message: `unknown format "${value}" (sop.json, xlsx or pdf)` };
        to = match;
      } else out = value;
    } else if (arg === '--join') join = true;
    else if (arg.startsWith('-') && arg !== '-')
      return { command: 'error', message: `unknown option "${arg}"` };
    else inputs.push(arg);
  }
  if (inputs.length === 0) return { command: 'error', message: 'no input files' };
  return { command: 'convert', inputs, out, to, join };
}
