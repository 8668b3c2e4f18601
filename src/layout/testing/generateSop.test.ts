import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateSop } from './generateSop';

describe('generateSop', () => {
  it('gives the same SOP for the same seed and another for another seed', () => {
    const a = generateSop({ seed: 5, steps: 50, actors: 4 });
    expect(generateSop({ seed: 5, steps: 50, actors: 4 })).toEqual(a);
    expect(generateSop({ seed: 6, steps: 50, actors: 4 })).not.toEqual(a);
  });

  it('makes well-formed SOPs: unique ids, references that resolve, terminators at both ends', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 12 }),
        (seed, steps, actors) => {
          const doc = generateSop({
            seed,
            steps,
            actors,
            multiSymbolRate: 0.3,
            decisionRate: 0.3,
            loopRate: 0.1,
          });
          const symbols = doc.steps.flatMap((s) => s.symbols);
          const ids = [...doc.actors, ...doc.steps, ...symbols, ...doc.flows].map((x) => x.id);
          expect(new Set(ids).size).toBe(ids.length);
          const actorIds = new Set(doc.actors.map((a) => a.id));
          const symbolIds = new Set(symbols.map((s) => s.id));
          for (const s of symbols) expect(actorIds.has(s.actor)).toBe(true);
          for (const f of doc.flows)
            expect(symbolIds.has(f.from) && symbolIds.has(f.to)).toBe(true);
          expect(doc.steps).toHaveLength(steps);
          expect(doc.steps[0]!.symbols[0]!.shape).toBe('terminator');
          expect(doc.steps[steps - 1]!.symbols[0]!.shape).toBe('terminator');
        },
      ),
      { numRuns: 50 },
    );
  });

  it('puts loops back in when asked', () => {
    const doc = generateSop({ seed: 1, steps: 200, actors: 5, decisionRate: 0.2, loopRate: 0.1 });
    const row = new Map(doc.steps.flatMap((s, i) => s.symbols.map((y) => [y.id, i] as const)));
    expect(doc.flows.some((f) => row.get(f.to)! < row.get(f.from)!)).toBe(true);
  });
});
