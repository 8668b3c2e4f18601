import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { assertWellFormed } from '../../model/commands/testSupport';
import {
  addNextStep,
  connectToStep,
  focusSymbol,
  neighbourSymbol,
  nudgeSymbol,
} from './keyboardCommands';

// The sample: n1..n10 in rows 1..10; actors a-pengguna, a-petugas, a-ketua, a-statistisi, a-kepala.
const doc = sampleDocument();
const sym = (id: string) => [{ kind: 'symbol' as const, id }];

describe('keyboard commands', () => {
  it('focuses the selected symbol, or the last symbol of a selected step', () => {
    expect(focusSymbol(doc, sym('n3'))).toBe('n3');
    expect(focusSymbol(doc, [{ kind: 'step', id: 's4' }])).toBe('n4');
    expect(focusSymbol(doc, [{ kind: 'flow', id: 'f1' }])).toBeNull();
  });

  it('adds the next step below the selection, in its lane, with an arrow from it', () => {
    const result = addNextStep(doc, sym('n3'), 'process')!;
    assertWellFormed(result.doc);
    expect(result.doc.steps.map((s) => s.id).indexOf(result.doc.steps[3]!.id)).toBe(3);
    const added = result.doc.steps[3]!;
    expect(added.symbols[0]!.actor).toBe('a-petugas');
    expect(result.select).toEqual(sym(added.symbols[0]!.id));
    const arrow = result.doc.flows.find((f) => f.to === added.symbols[0]!.id)!;
    expect(arrow.from).toBe('n3');
    // n3 is a decision with Ya and Tidak taken: a third exit gets no label.
    expect(arrow.label).toBe('');
  });

  it('adds a step at the end when nothing is selected', () => {
    const result = addNextStep(doc, [])!;
    expect(result.doc.steps).toHaveLength(11);
    expect(result.doc.flows).toHaveLength(doc.flows.length);
  });

  it('connects the selection to step N, and refuses a step that does not exist or an existing arrow', () => {
    const result = connectToStep(doc, sym('n9'), 1)!;
    assertWellFormed(result.doc);
    expect(result.doc.flows.at(-1)).toMatchObject({ from: 'n9', to: 'n1' });
    expect(result.select).toEqual([{ kind: 'flow', id: result.doc.flows.at(-1)!.id }]);
    expect(connectToStep(doc, sym('n9'), 11)).toBeNull();
    expect(connectToStep(doc, sym('n1'), 2)).toBeNull();
    expect(connectToStep(doc, [], 2)).toBeNull();
  });

  it('nudges a symbol one lane or one row, never off the table', () => {
    const right = nudgeSymbol(doc, sym('n2'), 'right')!;
    expect(right.doc.steps[1]!.symbols[0]!.actor).toBe('a-ketua');
    const down = nudgeSymbol(doc, sym('n2'), 'down')!;
    assertWellFormed(down.doc);
    // Row 2 lost its only symbol and is gone; n2 now sits in the old row 3.
    expect(down.doc.steps).toHaveLength(9);
    expect(down.doc.steps[1]!.symbols.map((s) => s.id)).toEqual(['n2', 'n3']);
    expect(nudgeSymbol(doc, sym('n1'), 'left')).toBeNull();
    expect(nudgeSymbol(doc, sym('n1'), 'up')).toBeNull();
    expect(nudgeSymbol(doc, sym('n10'), 'down')).toBeNull();
  });

  it('walks to neighbouring symbols: nearest lane up and down, along the row sideways', () => {
    expect(neighbourSymbol(doc, [], 'down')).toBe('n1');
    expect(neighbourSymbol(doc, sym('n3'), 'down')).toBe('n4');
    expect(neighbourSymbol(doc, sym('n3'), 'up')).toBe('n2');
    expect(neighbourSymbol(doc, sym('n1'), 'up')).toBeNull();
    expect(neighbourSymbol(doc, sym('n3'), 'left')).toBeNull();
    const two = addNextStep(doc, sym('n1'))!.doc;
    const withPair = {
      ...two,
      steps: two.steps.map((s, i) =>
        i === 0
          ? {
              ...s,
              symbols: [...s.symbols, { id: 'x1', shape: 'process' as const, actor: 'a-kepala' }],
            }
          : s,
      ),
    };
    expect(neighbourSymbol(withPair, sym('n1'), 'right')).toBe('x1');
    expect(neighbourSymbol(withPair, sym('x1'), 'left')).toBe('n1');
  });
});
