import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { assertWellFormed } from '../../model/commands/testSupport';
import {
  copyOf,
  deleteSelection,
  duplicateSelection,
  pasteBelow,
  reshapeSelection,
} from './selectionCommands';

const doc = sampleDocument();

describe('selection commands', () => {
  it('deletes arrows, symbols and rows of a mixed selection in one document', () => {
    const next = deleteSelection(doc, [
      { kind: 'flow', id: 'f1' },
      { kind: 'symbol', id: 'n5' },
      { kind: 'step', id: 's9' },
    ]);
    assertWellFormed(next);
    expect(next.steps.map((s) => s.id)).not.toContain('s5');
    expect(next.steps.map((s) => s.id)).not.toContain('s9');
    expect(
      next.flows.some((f) => f.id === 'f1' || [f.from, f.to].some((x) => x === 'n5' || x === 'n9')),
    ).toBe(false);
    expect(deleteSelection(doc, [])).toBe(doc);
  });

  it('copies and pastes rows below the selection with fresh ids, keeping their inner arrows', () => {
    const fragment = copyOf(doc, [
      { kind: 'step', id: 's1' },
      { kind: 'symbol', id: 'n2' },
    ])!;
    expect(fragment.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    const pasted = pasteBelow(doc, [{ kind: 'symbol', id: 'n10' }], fragment)!;
    assertWellFormed(pasted.doc);
    expect(pasted.doc.steps).toHaveLength(12);
    expect(pasted.doc.steps.slice(10).map((s) => s.activity)).toEqual([
      doc.steps[0]!.activity,
      doc.steps[1]!.activity,
    ]);
    expect(pasted.select.map((s) => s.id)).toEqual(pasted.doc.steps.slice(10).map((s) => s.id));
    expect(pasted.doc.flows).toHaveLength(doc.flows.length + 1);
    expect(copyOf(doc, [{ kind: 'flow', id: 'f1' }])).toBeNull();
  });

  it('duplicates the rows of selected symbols below the last of them', () => {
    const result = duplicateSelection(doc, [{ kind: 'symbol', id: 'n3' }])!;
    assertWellFormed(result.doc);
    expect(result.doc.steps).toHaveLength(11);
    expect(result.doc.steps[3]!.activity).toBe(doc.steps[2]!.activity);
    expect(duplicateSelection(doc, [])).toBeNull();
  });

  it('gives selected symbols another shape', () => {
    const next = reshapeSelection(
      doc,
      [
        { kind: 'symbol', id: 'n2' },
        { kind: 'step', id: 's4' },
      ],
      'decision',
    );
    expect(next.steps[1]!.symbols[0]!.shape).toBe('decision');
    expect(next.steps[3]).toBe(doc.steps[3]);
  });
});
