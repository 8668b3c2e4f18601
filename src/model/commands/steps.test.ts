import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { addStep, bridgedByDeletingSteps, deleteSteps, moveStep, updateStep } from './steps';
import { assertWellFormed, runCommand, runResult, smallDoc } from './testSupport';

describe('addStep', () => {
  it('adds a step at the end and undoes it', () => {
    const before = smallDoc();
    const { doc: after, ...ids } = runResult(before, (doc) =>
      addStep(doc, { activity: 'Arsipkan' }),
    );
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', ids.stepId]);
    const added = after.steps[3]!;
    expect(added.activity).toBe('Arsipkan');
    // Same lane as the row above, process by default.
    expect(added.symbols).toEqual([{ id: ids.symbolId, shape: 'process', actor: 'a1' }]);
    expect(after.flows).toEqual(before.flows);
  });

  it('inserts below a given step, at the top with null', () => {
    const below = addStep(smallDoc(), { afterStepId: 's1', actorId: 'a2', shape: 'decision' })!;
    expect(below.doc.steps.map((s) => s.id)).toEqual(['s1', below.stepId, 's2', 's3']);
    expect(below.doc.steps[1]!.symbols[0]).toMatchObject({ actor: 'a2', shape: 'decision' });
    const top = addStep(smallDoc(), { afterStepId: null })!;
    expect(top.doc.steps[0]!.id).toBe(top.stepId);
    assertWellFormed(below.doc);
    assertWellFormed(top.doc);
  });

  it('draws an arrow from connectFrom, labelled Tidak for a decision that already has Ya', () => {
    const r = runResult(smallDoc(), (doc) =>
      addStep(doc, { connectFrom: 'n2', afterStepId: 's2' }),
    );
    const flow = r.doc.flows.at(-1)!;
    expect(flow).toMatchObject({ from: 'n2', to: r.symbolId, label: 'Tidak' });
    // The new symbol follows the lane of the symbol it comes from.
    expect(r.doc.steps[2]!.symbols[0]!.actor).toBe('a2');
  });

  it('creates the default actor in a document without actors', () => {
    const empty = { ...smallDoc(), actors: [], steps: [], flows: [] };
    const r = addStep(empty)!;
    expect(r.doc.actors).toHaveLength(1);
    expect(r.doc.steps[0]!.symbols[0]!.actor).toBe(r.doc.actors[0]!.id);
    assertWellFormed(r.doc);
  });

  it('refuses unknown ids and the step limit', () => {
    const doc = smallDoc();
    expect(addStep(doc, { afterStepId: 'nope' })).toBeNull();
    expect(addStep(doc, { actorId: 'nope' })).toBeNull();
    expect(addStep(doc, { connectFrom: 'nope' })).toBeNull();
    const full = { ...doc, steps: Array.from({ length: LIMITS.steps }, () => doc.steps[0]!) };
    expect(addStep(full)).toBeNull();
  });
});

describe('updateStep', () => {
  it('changes texts and undoes it', () => {
    const before = smallDoc();
    const after = runCommand(before, (doc) =>
      updateStep(doc, 's2', { activity: 'Memeriksa surat', time: '5 menit', notes: 'x' }),
    );
    expect(after.steps[1]).toMatchObject({
      activity: 'Memeriksa surat',
      time: '5 menit',
      notes: 'x',
    });
    expect(after.steps[0]).toBe(before.steps[0]); // other rows are shared, not copied
  });

  it('toggles a page break, storing false as no field', () => {
    const on = runCommand(smallDoc(), (doc) => updateStep(doc, 's3', { pageBreakBefore: true }));
    expect(on.steps[2]!.pageBreakBefore).toBe(true);
    const off = runCommand(on, (doc) => updateStep(doc, 's3', { pageBreakBefore: false }));
    expect('pageBreakBefore' in off.steps[2]!).toBe(false);
    expect(off).toEqual(smallDoc());
  });

  it('returns the same document when nothing changes or the step is unknown', () => {
    const doc = smallDoc();
    expect(updateStep(doc, 's1', { activity: 'Mulai' })).toBe(doc);
    expect(updateStep(doc, 'nope', { activity: 'x' })).toBe(doc);
  });

  it('cuts text at the file limit', () => {
    const after = updateStep(smallDoc(), 's1', { notes: 'x'.repeat(LIMITS.textChars + 10) });
    expect(after.steps[0]!.notes).toHaveLength(LIMITS.textChars);
    assertWellFormed(after);
  });
});

describe('deleteSteps', () => {
  it('removes the rows and their symbols, keeps the chain (1→2→3 becomes 1→3), and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => deleteSteps(doc, ['s2']));
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(after.flows).toEqual([{ id: 'f1', from: 'n1', to: 'n3', label: '' }]);
    expect(bridgedByDeletingSteps(smallDoc(), ['s2'])).toEqual(after.flows);
  });

  it('removes every arrow of a deleted row at the end of the chain', () => {
    const after = runCommand(smallDoc(), (doc) => deleteSteps(doc, ['s3']));
    expect(after.flows).toEqual([{ id: 'f1', from: 'n1', to: 'n2', label: '' }]);
    expect(bridgedByDeletingSteps(smallDoc(), ['s3'])).toEqual([]);
  });

  it('ignores unknown ids', () => {
    const doc = smallDoc();
    expect(deleteSteps(doc, ['nope'])).toBe(doc);
  });
});

describe('moveStep', () => {
  it('moves a row keeping its arrows, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => moveStep(doc, 's3', 0));
    expect(after.steps.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(after.flows).toEqual(smallDoc().flows);
  });

  it('clamps the index and ignores a move to the same place', () => {
    expect(moveStep(smallDoc(), 's1', 99).steps.map((s) => s.id)).toEqual(['s2', 's3', 's1']);
    const doc = smallDoc();
    expect(moveStep(doc, 's2', 1)).toBe(doc);
    expect(moveStep(doc, 'nope', 0)).toBe(doc);
  });
});
