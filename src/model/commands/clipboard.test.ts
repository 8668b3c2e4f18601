import { describe, expect, it } from 'vitest';
import { collectIds } from '../ids';
import { copySelection, duplicateSteps, pasteFragment } from './clipboard';
import { addSymbol } from './symbols';
import { assertWellFormed, loadFixture, runResult, smallDoc } from './testSupport';

describe('copySelection', () => {
  it('copies whole rows with the arrows among them and the actors they use', () => {
    const fragment = copySelection(smallDoc(), { stepIds: ['s2', 's3'] })!;
    expect(fragment.steps.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(fragment.flows.map((f) => f.id)).toEqual(['f2']);
    expect(fragment.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('copies only the selected symbols of a row, in document order', () => {
    const two = addSymbol(smallDoc(), { stepId: 's2', actorId: 'a1', shape: 'process' })!;
    const fragment = copySelection(two.doc, { symbolIds: ['n3', 'n2'] })!;
    expect(fragment.steps.map((s) => s.symbols.map((x) => x.id))).toEqual([['n2'], ['n3']]);
  });

  it('gives null for an empty selection', () => {
    expect(copySelection(smallDoc(), {})).toBeNull();
    expect(copySelection(smallDoc(), { stepIds: ['x'] })).toBeNull();
  });
});

describe('pasteFragment', () => {
  it('pastes rows with fresh ids below a row, and undoes it', () => {
    const before = smallDoc();
    const fragment = copySelection(before, { stepIds: ['s2', 's3'] })!;
    const r = runResult(before, (doc) => pasteFragment(doc, fragment, 's1'));
    expect(r.doc.steps.map((s) => s.activity)).toEqual([
      'Mulai',
      'Periksa',
      'Catat',
      'Periksa',
      'Catat',
    ]);
    const oldIds = collectIds(before);
    expect(r.stepIds.concat(r.symbolIds).some((id) => oldIds.has(id))).toBe(false);
    const copy = r.doc.flows.at(-1)!;
    expect(copy).toMatchObject({ from: r.symbolIds[0], to: r.symbolIds[1], label: 'Ya' });
    expect(r.doc.actors).toEqual(before.actors);
  });

  it('pastes into another SOP, matching actors by name and adding the missing ones', () => {
    const source = smallDoc();
    const fragment = copySelection(source, { stepIds: ['s1', 's2', 's3'] })!;
    const target = loadFixture('sop-314.sop.json');
    const renamed = {
      ...target,
      actors: [{ ...target.actors[0]!, name: ' STAF ' }, ...target.actors.slice(1)],
    };
    const r = runResult(renamed, (doc) => pasteFragment(doc, fragment));
    expect(r.doc.actors).toHaveLength(target.actors.length + 1);
    const pastedActors = r.doc.steps.slice(-3).map((s) => s.symbols[0]!.actor);
    expect(pastedActors[0]).toBe(target.actors[0]!.id);
    expect(r.doc.actors.at(-1)!.name).toBe('Kasubbag');
    expect(pastedActors[1]).toBe(r.doc.actors.at(-1)!.id);
  });

  it('drops arrows that leave the fragment and a page break', () => {
    const doc = smallDoc();
    const fragment = copySelection(doc, { stepIds: ['s2'] })!;
    const withBreak = { ...fragment, steps: [{ ...fragment.steps[0]!, pageBreakBefore: true }] };
    const r = pasteFragment(doc, withBreak, null)!;
    expect(r.doc.flows).toEqual(doc.flows);
    expect(r.doc.steps[0]!.pageBreakBefore).toBeUndefined();
    assertWellFormed(r.doc);
  });
});

describe('duplicateSteps', () => {
  it('inserts copies below the last selected row, and undoes it', () => {
    const r = runResult(smallDoc(), (doc) => duplicateSteps(doc, ['s1', 's2']));
    expect(r.doc.steps.map((s) => s.activity)).toEqual([
      'Mulai',
      'Periksa',
      'Mulai',
      'Periksa',
      'Catat',
    ]);
    expect(r.doc.flows).toHaveLength(3);
    expect(r.doc.flows[2]).toMatchObject({ from: r.symbolIds[0], to: r.symbolIds[1] });
  });

  it('gives null for nothing selected', () => {
    expect(duplicateSteps(smallDoc(), [])).toBeNull();
  });
});
