import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFuzzInput, fuzzInput } from './fuzzFiles';

/*
 * Broken versions of the real fixtures (see fuzzFiles.ts). A fresh seed each run
 * finds new inputs; a failure prints its seed, and FUZZ_SEED=<seed> replays it.
 * `npm run fuzz -- 10000` runs the same check for longer. Documents with the one
 * known layout crash are not laid out here (knownLayoutIssue; `--strict` does).
 */

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

describe('fuzzed fixture files', () => {
  it('never throw, answer in time, and read back what they accept', () => {
    const details = fc.check(
      fc.property(fuzzInput, (input) => {
        checkFuzzInput(input);
      }),
      // A failure is reported at once (no shrinking, which can take minutes on these inputs),
      // and a machine far slower than usual ends the run early rather than timing out.
      { numRuns: 400, seed, endOnFailure: true, interruptAfterTimeLimit: 40_000 },
    );
    if (details.failed) {
      const why = details.errorInstance instanceof Error ? details.errorInstance.message : '';
      throw new Error(
        `fuzz failure (replay with FUZZ_SEED=${details.seed}, path ${details.counterexamplePath ?? ''}): ${why}`,
      );
    }
    if (details.interrupted)
      console.warn(`fuzz: stopped after ${details.numRuns} inputs (time limit), seed ${seed}`);
    expect(details.numRuns).toBeGreaterThan(0);
  }, 60_000);

  // Found by this fuzzing; the layout is another part of the app (see knownLayoutIssue).
  it.todo('lays out two flows from one symbol to itself, one labelled (routeFlows throws)');
});
