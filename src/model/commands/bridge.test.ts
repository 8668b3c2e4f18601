import { describe, expect, it } from 'vitest';
import type { Flow } from '../types';
import { flowsBridging } from './bridge';

const f = (id: string, from: string, to: string, label = ''): Flow => ({ id, from, to, label });
const chain = [f('f1', 'n1', 'n2'), f('f2', 'n2', 'n3'), f('f3', 'n3', 'n4'), f('f4', 'n4', 'n5')];

describe('flowsBridging', () => {
  it('deleting the middle of 1→2→3→4→5 leaves 3→5, in the same place of the list', () => {
    const { flows, bridged } = flowsBridging(chain, new Set(['n4']));
    expect(flows).toEqual([f('f1', 'n1', 'n2'), f('f2', 'n2', 'n3'), f('f3', 'n3', 'n5')]);
    expect(bridged).toEqual([f('f3', 'n3', 'n5')]);
  });

  it('bridges a run of removed symbols at once', () => {
    const { flows } = flowsBridging(chain, new Set(['n2', 'n3', 'n4']));
    expect(flows).toEqual([f('f1', 'n1', 'n5')]);
  });

  it("keeps the label of the source's exit: a decision's Tidak still says Tidak", () => {
    const flows = [f('f1', 'd', 'n2', 'Ya'), f('f2', 'd', 'n3', 'Tidak'), f('f3', 'n3', 'n4')];
    expect(flowsBridging(flows, new Set(['n3'])).flows).toEqual([
      f('f1', 'd', 'n2', 'Ya'),
      f('f2', 'd', 'n4', 'Tidak'),
    ]);
  });

  it('leaves the arrows into a removed decision with two ways on for the writer to choose', () => {
    const flows = [f('f1', 'n1', 'd'), f('f2', 'd', 'n2', 'Ya'), f('f3', 'd', 'n3', 'Tidak')];
    expect(flowsBridging(flows, new Set(['d']))).toEqual({ flows: [], bridged: [] });
  });

  it('drops a carried arrow that repeats one already there or leads back to its source', () => {
    const repeated = [f('f1', 'n1', 'n2'), f('f2', 'n2', 'n3'), f('f3', 'n1', 'n3', 'Ya')];
    expect(flowsBridging(repeated, new Set(['n2'])).flows).toEqual([f('f3', 'n1', 'n3', 'Ya')]);
    const loop = [f('f1', 'n1', 'n2'), f('f2', 'n2', 'n1')];
    expect(flowsBridging(loop, new Set(['n2'])).flows).toEqual([]);
  });

  it('two arrows into one removed symbol are both carried on, and a cycle of removed ones ends', () => {
    const flows = [
      f('f1', 'a', 'x'),
      f('f2', 'b', 'x'),
      f('f3', 'x', 'y'),
      f('f4', 'y', 'x'),
      f('f5', 'y', 'c'),
    ];
    expect(flowsBridging(flows, new Set(['x', 'y'])).flows).toEqual([
      f('f1', 'a', 'c'),
      f('f2', 'b', 'c'),
    ]);
  });

  it('returns the same list when nothing is removed', () => {
    expect(flowsBridging(chain, new Set()).flows).toBe(chain);
  });
});
