import { describe, expect, it } from 'vitest';
import { addSymbol, deleteSymbols, moveSymbol, setSymbolShape } from './symbols';
import { updateStep } from './steps';
import { runCommand, runResult, smallDoc } from './testSupport';

describe('addSymbol', () => {
  it('adds a symbol to a row in lane order, and undoes it', () => {
    const r = runResult(smallDoc(), (doc) =>
      addSymbol(doc, { stepId: 's2', actorId: 'a1', shape: 'process' }),
    );
    // Lane a1 is left of a2, so the new symbol comes first in the row.
    expect(r.doc.steps[1]!.symbols.map((s) => s.id)).toEqual([r.symbolId, 'n2']);
  });

  it('refuses an unknown row or lane', () => {
    expect(addSymbol(smallDoc(), { stepId: 'x', actorId: 'a1', shape: 'process' })).toBeNull();
    expect(addSymbol(smallDoc(), { stepId: 's1', actorId: 'x', shape: 'process' })).toBeNull();
  });
});

describe('moveSymbol', () => {
  it('moves a symbol to another lane in its row, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) =>
      moveSymbol(doc, 'n3', { stepId: 's3', actorId: 'a2' }),
    );
    expect(after.steps[2]!.symbols).toEqual([{ id: 'n3', shape: 'process', actor: 'a2' }]);
    expect(after.flows).toEqual(smallDoc().flows);
  });

  it('moves a symbol to a row that keeps others: the emptied row goes, its text is kept', () => {
    const before = updateStep(smallDoc(), 's3', { time: '5 menit' });
    const after = runCommand(before, (doc) =>
      moveSymbol(doc, 'n3', { stepId: 's2', actorId: 'a2' }),
    );
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(after.steps[1]!.symbols.map((s) => s.id)).toEqual(['n2', 'n3']);
    expect(after.steps[1]).toMatchObject({ activity: 'Periksa\nCatat', time: '5 menit' });
    // Its arrows still point at it.
    expect(after.flows).toEqual(before.flows);
  });

  it('keeps the source row when it still has a symbol', () => {
    const two = addSymbol(smallDoc(), { stepId: 's2', actorId: 'a1', shape: 'process' })!;
    const after = runCommand(two.doc, (doc) =>
      moveSymbol(doc, two.symbolId, { stepId: 's3', actorId: 'a1' }),
    );
    expect(after.steps.map((s) => s.symbols.map((x) => x.id))).toEqual([
      ['n1'],
      ['n2'],
      ['n3', two.symbolId],
    ]);
    expect(after.steps[1]!.activity).toBe('Periksa');
    expect(after.steps[2]!.activity).toBe('Catat');
  });

  it('orders symbols inside one cell by index', () => {
    const two = addSymbol(smallDoc(), { stepId: 's3', actorId: 'a1', shape: 'decision' })!;
    expect(two.doc.steps[2]!.symbols.map((s) => s.id)).toEqual(['n3', two.symbolId]);
    const after = runCommand(two.doc, (doc) =>
      moveSymbol(doc, two.symbolId, { stepId: 's3', actorId: 'a1', index: 0 }),
    );
    expect(after.steps[2]!.symbols.map((s) => s.id)).toEqual([two.symbolId, 'n3']);
  });

  it('changes nothing for a move to where it is, or unknown ids', () => {
    const doc = smallDoc();
    expect(moveSymbol(doc, 'n1', { stepId: 's1', actorId: 'a1' })).toBe(doc);
    expect(moveSymbol(doc, 'n1', { stepId: 's1', actorId: 'a1', index: 0 })).toBe(doc);
    expect(moveSymbol(doc, 'x', { stepId: 's1', actorId: 'a1' })).toBe(doc);
    expect(moveSymbol(doc, 'n1', { stepId: 'x', actorId: 'a1' })).toBe(doc);
    expect(moveSymbol(doc, 'n1', { stepId: 's2', actorId: 'x' })).toBe(doc);
  });
});

describe('setSymbolShape', () => {
  it('changes the shape, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => setSymbolShape(doc, 'n3', 'terminator'));
    expect(after.steps[2]!.symbols[0]!.shape).toBe('terminator');
  });

  it('returns the same document for the same shape', () => {
    const doc = smallDoc();
    expect(setSymbolShape(doc, 'n2', 'decision')).toBe(doc);
  });
});

describe('deleteSymbols', () => {
  it('removes symbols and rows left empty, carries the arrow into them on, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => deleteSymbols(doc, ['n2']));
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(after.flows).toEqual([{ id: 'f1', from: 'n1', to: 'n3', label: '' }]);
  });

  it('keeps a row that still has a symbol', () => {
    const two = addSymbol(smallDoc(), { stepId: 's2', actorId: 'a1', shape: 'process' })!;
    const after = runCommand(two.doc, (doc) => deleteSymbols(doc, ['n2']));
    expect(after.steps[1]!.symbols.map((s) => s.id)).toEqual([two.symbolId]);
    expect(after.flows).toEqual([{ id: 'f1', from: 'n1', to: 'n3', label: '' }]);
  });
});
