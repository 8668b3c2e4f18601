import { describe, expect, it } from 'vitest';
import { newDocument } from '../../model/defaults';
import { assertWellFormed, smallDoc } from '../../model/commands/testSupport';
import { LIMITS } from '../../model/limits';
import type { Flow } from '../../model/types';
import {
  appendRow,
  changeShape,
  exitSlots,
  insertRowAt,
  pasteRows,
  setExitTarget,
} from './stepsEditing';

const flow = (id: string, label: string): Flow => ({ id, from: 'n2', to: 'n3', label });

describe('exitSlots', () => {
  it('gives a process one empty slot, or one slot per exit', () => {
    expect(exitSlots('process', [])).toEqual([{ label: '', flow: null }]);
    const a = flow('f1', '');
    const b = flow('f2', 'x');
    expect(exitSlots('terminator', [a, b]).map((s) => s.flow)).toEqual([a, b]);
  });

  it('gives a decision Ya then Tidak, whatever order the arrows were drawn in', () => {
    const no = flow('f1', 'Tidak');
    const yes = flow('f2', ' ya ');
    expect(exitSlots('decision', [no, yes])).toEqual([
      { label: 'Ya', flow: yes },
      { label: 'Tidak', flow: no },
    ]);
    expect(exitSlots('decision', [no])).toEqual([
      { label: 'Ya', flow: null },
      { label: 'Tidak', flow: no },
    ]);
  });

  it('offers empty Ya/Tidak slots only while a decision has fewer than two exits', () => {
    expect(exitSlots('decision', [])).toEqual([
      { label: 'Ya', flow: null },
      { label: 'Tidak', flow: null },
    ]);
    const a = flow('f3', 'A');
    const b = flow('f4', 'B');
    expect(exitSlots('decision', [a]).map((s) => [s.label, s.flow])).toEqual([
      ['Ya', null],
      ['A', a],
    ]);
    expect(exitSlots('decision', [a, b]).map((s) => s.flow)).toEqual([a, b]);
  });
});

describe('setExitTarget', () => {
  it('draws a labelled arrow into an empty decision slot', () => {
    const doc = setExitTarget(smallDoc(), {
      fromSymbolId: 'n2',
      flowId: null,
      label: 'Tidak',
      toStepId: 's1',
    });
    expect(doc.flows.at(-1)).toMatchObject({ from: 'n2', to: 'n1', label: 'Tidak' });
    assertWellFormed(doc);
  });

  it('moves an existing arrow to another row, keeping its id and label', () => {
    const doc = setExitTarget(smallDoc(), {
      fromSymbolId: 'n2',
      flowId: 'f2',
      label: 'Ya',
      toStepId: 's1',
    });
    expect(doc.flows.find((f) => f.id === 'f2')).toEqual({
      id: 'f2',
      from: 'n2',
      to: 'n1',
      label: 'Ya',
    });
  });

  it('removes the arrow when the slot is cleared, and ignores clearing an empty slot', () => {
    const start = smallDoc();
    const cleared = setExitTarget(start, {
      fromSymbolId: 'n2',
      flowId: 'f2',
      label: 'Ya',
      toStepId: null,
    });
    expect(cleared.flows.map((f) => f.id)).toEqual(['f1']);
    expect(
      setExitTarget(start, { fromSymbolId: 'n3', flowId: null, label: '', toStepId: null }),
    ).toBe(start);
  });

  it('refuses an arrow from a symbol to itself', () => {
    const start = smallDoc();
    expect(
      setExitTarget(start, { fromSymbolId: 'n3', flowId: null, label: '', toStepId: 's3' }),
    ).toBe(start);
  });
});

describe('appendRow', () => {
  it('adds a row in the lane of the last row with an arrow from it', () => {
    const start = smallDoc();
    const added = appendRow(start)!;
    const step = added.doc.steps.at(-1)!;
    expect(step.id).toBe(added.stepId);
    expect(step.symbols[0]!.actor).toBe('a1');
    expect(added.doc.flows.at(-1)).toMatchObject({ from: 'n3', to: step.symbols[0]!.id });
    assertWellFormed(added.doc);
  });

  it('adds no arrow from a row whose exits are all drawn', () => {
    const start = smallDoc();
    const withExit = {
      ...start,
      flows: [...start.flows, { id: 'f9', from: 'n3', to: 'n1', label: '' }],
    };
    const added = appendRow(withExit)!;
    expect(added.doc.flows).toEqual(withExit.flows);
  });

  it('adds no arrow from the closing terminator, but one from the opening one', () => {
    const start = smallDoc();
    const ended = appendRow(start)!;
    const closing = {
      ...ended.doc,
      steps: ended.doc.steps.map((s, i) =>
        i === 3 ? { ...s, symbols: [{ ...s.symbols[0]!, shape: 'terminator' as const }] } : s,
      ),
    };
    expect(appendRow(closing)!.doc.flows).toEqual(closing.flows);
    const opening = { ...start, steps: start.steps.slice(0, 1), flows: [] };
    expect(appendRow(opening)!.doc.flows).toHaveLength(1);
  });

  it('gives a decision ending the table Ya first, then Tidak', () => {
    const start = smallDoc();
    const bare = { ...start, steps: start.steps.slice(0, 2), flows: start.flows.slice(0, 1) };
    expect(appendRow(bare)!.doc.flows.at(-1)).toMatchObject({ from: 'n2', label: 'Ya' });
    // Ya already goes to row s3: the decision, moved to the end, still wants its Tidak exit.
    const yesDrawn = { ...start, steps: [start.steps[0]!, start.steps[2]!, start.steps[1]!] };
    expect(appendRow(yesDrawn)!.doc.flows.at(-1)).toMatchObject({ from: 'n2', label: 'Tidak' });
  });
});

describe('pasteRows', () => {
  const text = 'Terima berkas\tStaf\tProses\nPeriksa\tKasubbag\tKeputusan\n';

  it('leaves a single value to the ordinary paste', () => {
    expect(pasteRows(smallDoc(), 'Terima berkas', 's1')).toBeNull();
    expect(pasteRows(smallDoc(), 'Terima berkas\r\n', 's1')).toBeNull();
  });

  it('inserts rows below the row pasted into', () => {
    const pasted = pasteRows(smallDoc(), text, 's1')!;
    expect(pasted.doc.steps.map((s) => s.activity)).toEqual([
      'Mulai',
      'Terima berkas',
      'Periksa',
      'Periksa',
      'Catat',
    ]);
    expect(pasted.stepIds).toEqual([pasted.doc.steps[1]!.id, pasted.doc.steps[2]!.id]);
    assertWellFormed(pasted.doc);
  });

  it('appends at the end without a row', () => {
    const pasted = pasteRows(smallDoc(), text, null)!;
    expect(pasted.doc.steps.slice(3).map((s) => s.activity)).toEqual(['Terima berkas', 'Periksa']);
  });

  it('replaces a blank row, keeping the arrow from the row above', () => {
    const start = appendRow(smallDoc())!;
    const pasted = pasteRows(start.doc, text, start.stepId)!;
    expect(pasted.doc.steps.map((s) => s.activity)).toEqual([
      'Mulai',
      'Periksa',
      'Catat',
      'Terima berkas',
      'Periksa',
    ]);
    expect(pasted.doc.steps.some((s) => s.id === start.stepId && s.activity === '')).toBe(false);
    const first = pasted.doc.steps[3]!.symbols[0]!.id;
    expect(pasted.doc.flows.some((f) => f.from === 'n3' && f.to === first)).toBe(true);
    assertWellFormed(pasted.doc);
  });

  it('keeps the rows that fit under the step limit and counts the others', () => {
    const start = smallDoc();
    const filler = Array.from({ length: LIMITS.steps - 4 }, (_, i) => ({
      ...start.steps[2]!,
      id: `r${i}`,
      symbols: [{ id: `y${i}`, shape: 'process' as const, actor: 'a1' }],
    }));
    const almost = { ...start, steps: [...start.steps, ...filler] };
    const rows = 'Satu\tStaf\nDua\tStaf\nTiga\tStaf\nEmpat\tStaf\n';
    const pasted = pasteRows(almost, rows, null)!;
    expect(pasted.doc.steps).toHaveLength(LIMITS.steps);
    expect(pasted.notAdded).toBe(3);
    assertWellFormed(pasted.doc);
    const full = pasteRows(pasted.doc, rows, null)!;
    expect(full.doc).toBe(pasted.doc);
    expect(full.notAdded).toBe(4);
  });

  it('uses a blank row it replaces as room for one more', () => {
    const start = smallDoc();
    const filler = Array.from({ length: LIMITS.steps - 4 }, (_, i) => ({
      ...start.steps[2]!,
      id: `r${i}`,
      symbols: [{ id: `y${i}`, shape: 'process' as const, actor: 'a1' }],
    }));
    const blank = appendRow({ ...start, steps: [...start.steps, ...filler] })!;
    expect(blank.doc.steps).toHaveLength(LIMITS.steps);
    const pasted = pasteRows(blank.doc, 'Satu\tStaf\nDua\tStaf\n', blank.stepId)!;
    expect(pasted.doc.steps).toHaveLength(LIMITS.steps);
    expect(pasted.doc.steps.at(-1)!.activity).toBe('Satu');
    expect(pasted.notAdded).toBe(1);
  });
});

describe('changeShape', () => {
  it("names a new decision's unlabelled exits Ya then Tidak, keeping other labels", () => {
    const start = smallDoc();
    const twoExits = {
      ...start,
      flows: [
        ...start.flows,
        { id: 'f3', from: 'n3', to: 'n1', label: '' },
        { id: 'f4', from: 'n3', to: 'n2', label: '' },
      ],
    };
    const doc = changeShape(twoExits, 'n3', 'decision');
    expect(doc.flows.filter((f) => f.from === 'n3').map((f) => f.label)).toEqual(['Ya', 'Tidak']);
    expect(doc.steps[2]!.symbols[0]!.shape).toBe('decision');
    assertWellFormed(doc);
    const oneNamed = {
      ...twoExits,
      flows: twoExits.flows.map((f) => (f.id === 'f4' ? { ...f, label: 'Ya' } : f)),
    };
    const named = changeShape(oneNamed, 'n3', 'decision');
    expect(named.flows.filter((f) => f.from === 'n3').map((f) => f.label)).toEqual(['Tidak', 'Ya']);
  });

  it('leaves labels alone for other shapes and for no change', () => {
    const start = smallDoc();
    expect(changeShape(start, 'n2', 'decision')).toBe(start);
    const doc = changeShape(start, 'n2', 'process');
    expect(doc.flows).toBe(start.flows);
  });
});

describe('pasteRows into a new SOP', () => {
  it('replaces the placeholder start and the default lane with the pasted table', () => {
    const text = 'Kegiatan\tPelaksana\tSimbol\nMulai\tStaf\tMulai\nMemeriksa\tKasubbag\tProses\n';
    const pasted = pasteRows(newDocument('Baru'), text, null)!;
    expect(pasted.doc.steps.map((s) => s.activity)).toEqual(['Mulai', 'Memeriksa']);
    expect(pasted.doc.actors.map((a) => a.name)).toEqual(['Staf', 'Kasubbag']);
    expect(pasted.doc.flows).toHaveLength(1);
  });

  it('keeps an edited SOP’s rows and lanes', () => {
    const edited = newDocument('Baru');
    edited.steps[0]!.activity = 'Mulai permohonan';
    const pasted = pasteRows(edited, 'Memeriksa\tKasubbag\n', null);
    expect(pasted?.doc.steps.map((s) => s.activity)).toEqual(['Mulai permohonan', 'Memeriksa']);
    expect(pasted?.doc.actors.map((a) => a.name)).toEqual(['Pelaksana', 'Kasubbag']);
  });
});

describe('insertRowAt', () => {
  // smallDoc: s1 (n1) → s2 (n2) → s3 (n3), f1 n1→n2 unlabelled, f2 n2→n3 "Ya".
  it('puts the new row between two chained rows: 2 → new → 3, the label on the first leg', () => {
    const added = insertRowAt(smallDoc(), 2)!;
    const steps = added.doc.steps;
    expect(steps.map((s) => s.id)).toEqual(['s1', 's2', added.stepId, 's3']);
    const fresh = steps[2]!.symbols[0]!.id;
    expect(added.doc.flows.map((f) => [f.from, f.to, f.label])).toEqual([
      ['n1', 'n2', ''],
      ['n2', fresh, 'Ya'],
      [fresh, 'n3', ''],
    ]);
    expect(steps[2]!.symbols[0]!.actor).toBe(steps[1]!.symbols[0]!.actor);
    assertWellFormed(added.doc);
  });

  it('at the top, inserts an unconnected row in the first row’s lane', () => {
    const added = insertRowAt(smallDoc(), 0)!;
    expect(added.doc.steps[0]!.id).toBe(added.stepId);
    expect(added.doc.flows).toEqual(smallDoc().flows);
    expect(added.doc.steps[0]!.symbols[0]!.actor).toBe('a1');
  });

  it('leaves a decision’s exits alone: the new row below it is not connected', () => {
    const start = smallDoc();
    const forked = {
      ...start,
      flows: [...start.flows, { id: 'f9', from: 'n2', to: 'n1', label: 'Tidak' }],
    };
    const added = insertRowAt(forked, 2)!;
    expect(added.doc.flows).toEqual(forked.flows);
  });

  it('connects a row above that had no exit yet, and appends past the end', () => {
    const start = smallDoc();
    const open = { ...start, flows: [start.flows[0]!] };
    const added = insertRowAt(open, 2)!;
    const fresh = added.doc.steps[2]!.symbols[0]!.id;
    expect(added.doc.flows.at(-1)).toMatchObject({ from: 'n2', to: fresh });
    expect(insertRowAt(start, 99)!.doc.steps.at(-1)!.id).not.toBe('s3');
  });

  it('refuses a full SOP', () => {
    const full = { ...smallDoc() };
    full.steps = Array.from({ length: LIMITS.steps }, (_, i) => ({
      ...smallDoc().steps[0]!,
      id: `x${i}`,
      symbols: [{ ...smallDoc().steps[0]!.symbols[0]!, id: `m${i}` }],
    }));
    full.flows = [];
    expect(insertRowAt(full, 1)).toBeNull();
  });
});
