/** Command-line entry: `npm run sop -- render <file.sop.json>... [-o dir] [--paper A4]`. */
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
