/** One benchmark module: `bench/run.ts` runs each in turn. */
export interface BenchSuite {
  name: string;
  run(): void | Promise<void>;
}

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

/** Times `fn` after a warm-up: runs until `minRuns` and about `budgetMs` are spent. */
export function time(
  fn: () => void,
  options: { minRuns?: number; budgetMs?: number } = {},
): Timing {
  const minRuns = options.minRuns ?? 5;
  const budget = options.budgetMs ?? 1000;
  fn();
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < minRuns ||
    (performance.now() - started < budget && samples.length < 200)
  ) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)]!,
    min: samples[0]!,
    runs: samples.length,
  };
}

/** A right-aligned fixed-width number for the tables benchmarks print. */
export function ms(value: number): string {
  return `${value.toFixed(2).padStart(9)} ms`;
}
