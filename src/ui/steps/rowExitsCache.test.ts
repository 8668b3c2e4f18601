import { describe, expect, it } from 'vitest';
import { connect, updateStep } from '../../model/commands';
import { smallDoc } from '../../model/commands/testSupport';
import type { SopDocument } from '../../model/types';
import { RowExitsCache } from './rowExitsCache';

const derive = (cache: RowExitsCache, doc: SopDocument) =>
  cache.derive(
    doc.steps.map((s) => s.id),
    doc.steps.map((s) => s.symbols),
    doc.flows,
  );

describe('RowExitsCache', () => {
  it('shows each exit with the number of the row it reaches', () => {
    const exits = derive(new RowExitsCache(), smallDoc());
    expect(exits.get('s1')).toEqual([
      {
        symbolId: 'n1',
        shape: 'terminator',
        slots: [{ label: '', flowId: 'f1', targetStepId: 's2', targetNumber: 2 }],
      },
    ]);
    expect(exits.get('s2')![0]!.slots.map((s) => [s.label, s.targetNumber])).toEqual([
      ['Ya', 3],
      ['Tidak', null],
    ]);
    expect(exits.get('s3')![0]!.slots).toEqual([
      { label: '', flowId: null, targetStepId: null, targetNumber: null },
    ]);
  });

  it('hands back the same arrays for rows whose exits did not change', () => {
    const cache = new RowExitsCache();
    const start = smallDoc();
    const before = derive(cache, start);
    const typed = derive(cache, updateStep(start, 's3', { activity: 'Catat di buku' }));
    for (const id of ['s1', 's2', 's3']) expect(typed.get(id)).toBe(before.get(id));
    const connected = derive(cache, connect(start, 'n2', 'n1')!.doc);
    expect(connected.get('s1')).toBe(before.get('s1'));
    expect(connected.get('s3')).toBe(before.get('s3'));
    expect(connected.get('s2')).not.toBe(before.get('s2'));
    expect(connected.get('s2')![0]!.slots[1]).toMatchObject({ label: 'Tidak', targetNumber: 1 });
  });
});
