import type { SopDocument } from '../../model/types';
import { buildSop } from './buildSop';
import { seededRandom } from './generateSop';

/**
 * The shape of the file that froze the app: a 20-step, 3-actor SOP whose steps send
 * `flows` arrows (121 in the report) to one another at random, half labelled "Ya", half
 * "Tidak". Valid and small (about 10 KB), and without a routing budget some hundred
 * million search expansions (40 s in Node) to lay out. The same SOP for the same count.
 */
export function crowdedSop(flows: number, steps = 20, actors = 3): SopDocument {
  const random = seededRandom(1);
  const pick = () => Math.floor(random() * steps);
  return buildSop({
    actors,
    rows: Array.from({ length: steps }, (_, r) => [r % actors]),
    flows: Array.from({ length: flows }, () => {
      const from = pick();
      let to = pick();
      if (to === from) to = (to + 1) % steps;
      return [`${from}.0`, `${to}.0`, random() < 0.5 ? 'Ya' : 'Tidak'];
    }),
  });
}
