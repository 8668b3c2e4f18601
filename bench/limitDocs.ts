/**
 * Valid documents at the format's limits (2,000 steps, 50 actors, 4,000 flows), each hard
 * on the layout in its own way, for the worst-case layout benchmark. Flows carry "Ya" or
 * "Tidak" half the time (labels are the dearest part of routing). Seeded: the same every run.
 */
import { LIMITS } from '../src/model/limits';
import type { SopDocument } from '../src/model/types';
import { buildSop } from '../src/layout/testing/buildSop';
import { crowdedSop } from '../src/layout/testing/crowdedSop';
import { generateSop, seededRandom } from '../src/layout/testing/generateSop';

const { steps: STEPS, actors: ACTORS, flows: FLOWS } = LIMITS;

/** One symbol per step, in actor columns taken in turn; flows from `pairs` as [from, to] rows. */
function oneSymbolRows(
  steps: number,
  actors: number,
  pairs: (random: () => number) => [number, number][],
): SopDocument {
  const random = seededRandom(7);
  return buildSop({
    actors,
    rows: Array.from({ length: steps }, (_, r) => [r % actors]),
    flows: pairs(random).map(([a, b]) => [`${a}.0`, `${b}.0`, random() < 0.5 ? 'Ya' : 'Tidak']),
  });
}

const times = <T>(n: number, make: (k: number) => T): T[] =>
  Array.from({ length: n }, (_, k) => make(k));

export const LIMIT_DOCUMENTS: { name: string; make: () => SopDocument }[] = [
  {
    name: 'generated, 2,000 x 50, 4,000 flows',
    make: () => {
      const doc = generateSop({
        seed: 5,
        steps: STEPS,
        actors: ACTORS,
        decisionRate: 0.3,
        loopRate: 0.15,
        multiSymbolRate: 0.3,
      });
      // Topped up to the flow limit with short flows forward.
      const random = seededRandom(11);
      const symbols = doc.steps.flatMap((s) => s.symbols.map((y) => y.id));
      for (let k = 0; doc.flows.length < FLOWS; k++) {
        const i = Math.floor(random() * symbols.length);
        const j = Math.min(symbols.length - 1, i + 1 + Math.floor(random() * 10));
        doc.flows.push({ id: `extra${k}`, from: symbols[i]!, to: symbols[j]!, label: '' });
      }
      return doc;
    },
  },
  {
    name: '2,000 x 8, 4,000 short flows',
    make: () =>
      oneSymbolRows(STEPS, 8, (random) =>
        times(FLOWS, () => {
          const i = Math.floor(random() * (STEPS - 1));
          return [i, Math.min(STEPS - 1, i + 1 + Math.floor(random() * 20))];
        }),
      ),
  },
  {
    name: '100 crowds of 40 flows among 20 steps',
    make: () =>
      oneSymbolRows(STEPS, 3, (random) =>
        times(FLOWS, (k) => {
          const base = Math.floor(k / 40) * 20;
          const i = Math.floor(random() * 20);
          const j = (i + 1 + Math.floor(random() * 19)) % 20;
          return [base + i, base + j];
        }),
      ),
  },
  { name: '4,000 flows among 20 steps', make: () => crowdedSop(FLOWS) },
  {
    name: '4,000 loops across 1,000 steps',
    make: () =>
      oneSymbolRows(STEPS, 8, (random) =>
        times(FLOWS, () => {
          const i = Math.floor(random() * STEPS);
          return [i, (i + STEPS / 2) % STEPS];
        }),
      ),
  },
  {
    name: '4,000 flows out of one symbol, 50 actors',
    make: () => oneSymbolRows(STEPS, ACTORS, () => times(FLOWS, (k) => [0, 1 + (k % (STEPS - 1))])),
  },
  {
    name: '4,000 flows into one symbol, 50 actors',
    make: () => oneSymbolRows(STEPS, ACTORS, () => times(FLOWS, (k) => [1 + (k % (STEPS - 1)), 0])),
  },
];
