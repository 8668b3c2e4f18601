import type { Paper } from '../model/types';

export interface RenderArgs {
  command: 'render';
  files: string[];
  outDir: string | null;
  paper: Paper | null;
}

export type CliArgs = RenderArgs | { command: 'help' } | { command: 'error'; message: string };

const PAPERS: readonly Paper[] = ['A4', 'F4', 'Letter', 'Legal'];

export const HELP = `Alir — render SOP files (.sop.json) as official SOP sheets (PDF).

Usage:
  npm run sop -- render <file.sop.json>... [-o <dir>] [--paper A4|F4|Letter|Legal]
  npm run sop -- --help

Options:
  -o, --out <dir>   Folder for the PDFs (created if missing). Default: each PDF is
                    written next to its input file.
  --paper <size>    Paper size for every file, overriding the one saved in it.
  -h, --help        Show this help.

Each input <name>.sop.json gives <name>.pdf. A file that cannot be read or is not
a valid SOP file is reported on stderr as "<file>: <problem>" and skipped; the
other files are still rendered. The exit code is 0 when every file was
rendered, 1 when any failed, 2 for a usage error.
`;

/** Reads the command line (without `node` and the script path). */
export function parseArgs(argv: string[]): CliArgs {
  if (argv.length === 0 || argv.some((a) => a === '-h' || a === '--help'))
    return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'render') return { command: 'error', message: `unknown command "${command}"` };
  const files: string[] = [];
  let outDir: string | null = null;
  let paper: Paper | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-o' || arg === '--out' || arg === '--paper') {
      const value = rest[++i];
      if (value === undefined) return { command: 'error', message: `${arg} needs a value` };
      if (arg === '--paper') {
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
  return { command: 'render', files, outDir, paper };
}
