import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  commit,
  createHistory,
  redo,
  resetHistory,
  sameData,
  undo,
} from './history';
import { updateStep } from './commands/steps';
import { smallDoc } from './commands/testSupport';
import type { SopDocument } from './types';

const typed = (doc: SopDocument, text: string) => updateStep(doc, 's1', { activity: text });

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = createHistory(smallDoc());
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('undoes and redoes commits in order', () => {
    const d0 = smallDoc();
    const d1 = typed(d0, 'A');
    const d2 = typed(d1, 'B');
    let h = commit(commit(createHistory(d0), d1, { now: 0 }), d2, { now: 5000 });
    h = undo(h);
    expect(h.present).toBe(d1);
    h = undo(h);
    expect(h.present).toBe(d0);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe(d2);
    expect(canRedo(h)).toBe(false);
  });

  it('squashes a burst with one merge key into one step', () => {
    const d0 = smallDoc();
    let h = createHistory(d0);
    let doc = d0;
    for (const [i, text] of ['M', 'Me', 'Mem', 'Memeriksa'].entries()) {
      doc = typed(doc, text);
      h = commit(h, doc, { mergeKey: 'step:s1:activity', now: 1000 + i * 300 });
    }
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toBe(d0);
  });

  it('does not squash across a pause, another key, or an undo', () => {
    const d0 = smallDoc();
    const d1 = typed(d0, 'A');
    const d2 = typed(d0, 'AB');
    const key = { mergeKey: 'k' };
    expect(
      commit(commit(createHistory(d0), d1, { ...key, now: 0 }), d2, { ...key, now: 1500 }).past,
    ).toHaveLength(2);
    expect(
      commit(commit(createHistory(d0), d1, { ...key, now: 0 }), d2, { mergeKey: 'other', now: 10 })
        .past,
    ).toHaveLength(2);
    const afterUndo = undo(commit(createHistory(d0), d1, { ...key, now: 0 }));
    const again = commit(afterUndo, d2, { ...key, now: 10 });
    expect(again.past).toEqual([d0]);
    expect(undo(again).present).toBe(d0);
  });

  it('clears redo on a new commit', () => {
    const d0 = smallDoc();
    const h = undo(commit(createHistory(d0), typed(d0, 'A'), { now: 0 }));
    const next = commit(h, typed(d0, 'B'), { now: 10 });
    expect(canRedo(h)).toBe(true);
    expect(canRedo(next)).toBe(false);
  });

  it('ignores a commit of an equal document', () => {
    const d0 = smallDoc();
    const h = createHistory(d0);
    expect(commit(h, d0)).toBe(h);
    expect(commit(h, structuredClone(d0))).toBe(h);
  });

  it('keeps at least 100 steps and at most the limit', () => {
    const d0 = smallDoc();
    let h = createHistory(d0);
    let doc = d0;
    for (let i = 0; i < 250; i++) {
      doc = typed(doc, `v${i}`);
      h = commit(h, doc, { now: i * 10_000 });
    }
    expect(h.past).toHaveLength(200);
    let steps = 0;
    while (canUndo(h)) {
      h = undo(h);
      steps++;
    }
    expect(steps).toBe(200);
    expect(h.present.steps[0]!.activity).toBe('v49');
    expect(createHistory(d0, { limit: 100 }).limit).toBe(100);
  });

  it('starts over on reset', () => {
    const d0 = smallDoc();
    const h = commit(createHistory(d0, { limit: 150 }), typed(d0, 'A'), { now: 0 });
    const fresh = resetHistory(h, d0);
    expect(canUndo(fresh)).toBe(false);
    expect(fresh.limit).toBe(150);
  });
});

describe('sameData', () => {
  it('compares plain data deeply, treating an undefined field as absent', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
