import { describe, expect, it } from 'vitest';
import { applySelectChanges, canvasIdFor, itemForNode, selectedStepIds } from './selection';

describe('canvas selection', () => {
  it('maps node ids to selection items and back', () => {
    expect(itemForNode('table')).toBeNull();
    expect(itemForNode('row:s3')).toEqual({ kind: 'step', id: 's3' });
    expect(itemForNode('n4')).toEqual({ kind: 'symbol', id: 'n4' });
    expect(canvasIdFor({ kind: 'step', id: 's3' })).toBe('row:s3');
    expect(canvasIdFor({ kind: 'flow', id: 'f1' })).toBe('f1');
    expect(canvasIdFor({ kind: 'actor', id: 'a1' })).toBeNull();
  });

  it('adds and removes items as React Flow reports them', () => {
    const start = [{ kind: 'symbol' as const, id: 'n1' }];
    const next = applySelectChanges(start, [
      { item: { kind: 'symbol', id: 'n1' }, selected: false },
      { item: { kind: 'flow', id: 'f2' }, selected: true },
      { item: { kind: 'flow', id: 'f2' }, selected: true },
      { item: null, selected: true },
    ]);
    expect(next).toEqual([{ kind: 'flow', id: 'f2' }]);
  });

  it('drops an actor selection when the canvas selects something', () => {
    const next = applySelectChanges(
      [{ kind: 'actor', id: 'a1' }],
      [{ item: { kind: 'step', id: 's1' }, selected: true }],
    );
    expect(next).toEqual([{ kind: 'step', id: 's1' }]);
  });

  it('collects the steps of selected rows and symbols once each', () => {
    const stepOf = (id: string) => ({ n1: 's1', n2: 's2' })[id];
    const ids = selectedStepIds(
      [
        { kind: 'symbol', id: 'n1' },
        { kind: 'step', id: 's1' },
        { kind: 'symbol', id: 'n2' },
        { kind: 'flow', id: 'f1' },
        { kind: 'symbol', id: 'gone' },
      ],
      stepOf,
    );
    expect(ids.sort()).toEqual(['s1', 's2']);
  });
});
