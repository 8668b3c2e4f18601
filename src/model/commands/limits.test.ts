import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate';
import { newDocument } from '../defaults';
import { LIMITS, LIST_LIMITS } from '../limits';
import type { SopDocument, Step } from '../types';
import { addActor, appendActor, renameActor } from './actors';
import { copySelection, duplicateSteps, pasteFragment, type StepsFragment } from './clipboard';
import { connect, setFlowLabel } from './flows';
import { renameSop, updateIdentity } from './identity';
import { insertStepsFromRows } from './paste';
import { actorRoom, stepRoom } from './room';
import { clampText, clampTexts } from './rows';
import { setSheetOptions } from './sheet';
import { addStep, updateStep } from './steps';
import { moveSymbol } from './symbols';
import { assertWellFormed, runCommand, runResult, smallDoc } from './testSupport';

/*
 * The file format refuses a text over LIMITS.textChars, more than LIMITS.steps rows or more than
 * LIMITS.actors lanes, and a refused file is a lost SOP (the library quarantines it at the next
 * start). So every command that writes text cuts it to the limit, and every command that adds
 * rows or lanes stops at the limit: writing 25,000 characters stores 20,000, the 2001st step and
 * the 51st actor are refused, and what comes out is always a file "Open" would accept.
 */

const HUGE = 'x'.repeat(25_000);
const MAX = LIMITS.textChars;

/** smallDoc with `count` rows, all in lane a1 and without arrows. */
function withSteps(count: number): SopDocument {
  const doc = smallDoc();
  const steps: Step[] = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    activity: `Langkah ${i}`,
    requirements: '',
    time: '',
    output: '',
    notes: '',
    symbols: [{ id: `y${i}`, shape: 'process', actor: 'a1' }],
  }));
  return { ...doc, steps, flows: [] };
}

/** smallDoc with `count` lanes (a1, a2 first) and its three rows. */
function withActors(count: number): SopDocument {
  const doc = smallDoc();
  const extra = Array.from({ length: count - 2 }, (_, i) => ({ id: `x${i}`, name: `Lain ${i}` }));
  return { ...doc, actors: [...doc.actors, ...extra] };
}

describe('clampText', () => {
  it('keeps text within the limit and cuts longer text to exactly the limit', () => {
    expect(clampText('pendek')).toBe('pendek');
    expect(clampText('x'.repeat(MAX))).toHaveLength(MAX);
    expect(clampText(HUGE)).toHaveLength(MAX);
  });

  it('does not cut a character written as a surrogate pair in half', () => {
    const text = `${'x'.repeat(MAX - 1)}😀tail`;
    const cut = clampText(text);
    expect(cut).toBe('x'.repeat(MAX - 1));
    expect(clampText(`${'x'.repeat(MAX - 2)}😀tail`)).toHaveLength(MAX);
  });

  it('gives back the same list when no item is too long', () => {
    const list = ['a', 'b'];
    expect(clampTexts(list)).toBe(list);
    expect(clampTexts(['a', HUGE]).map((t) => t.length)).toEqual([1, MAX]);
  });
});

describe('identity commands', () => {
  it('cut the SOP name, every text field, every list item and the approver', () => {
    const after = runCommand(smallDoc(), (doc) =>
      updateIdentity(doc, {
        name: HUGE,
        unit: HUGE,
        number: HUGE,
        organization: ['PEMERINTAH', HUGE],
        legalBasis: [HUGE],
        qualifications: [HUGE],
        relatedSops: [HUGE],
        equipment: [HUGE],
        warnings: [HUGE],
        records: [HUGE, 'pendek'],
        approver: { title: HUGE, name: HUGE, nip: HUGE },
      }),
    );
    const id = after.identity;
    for (const text of [id.name, id.unit, id.number, id.approver.title, id.approver.name]) {
      expect(text).toHaveLength(MAX);
    }
    expect(id.approver.nip).toHaveLength(MAX);
    expect(id.organization.map((t) => t.length)).toEqual(['PEMERINTAH'.length, MAX]);
    expect(id.records.map((t) => t.length)).toEqual([MAX, 'pendek'.length]);
    for (const list of [id.legalBasis, id.qualifications, id.relatedSops, id.equipment]) {
      expect(list[0]).toHaveLength(MAX);
    }
    expect(id.warnings[0]).toHaveLength(MAX);
  });

  it('renameSop cuts the name, and a second over-long name is no change', () => {
    const once = runCommand(smallDoc(), (doc) => renameSop(doc, HUGE));
    expect(once.identity.name).toHaveLength(MAX);
    expect(renameSop(once, `${HUGE}more`)).toBe(once);
  });

  it('a copy name built on a name at the limit stays within it', () => {
    const atLimit = renameSop(smallDoc(), 'n'.repeat(MAX));
    const copy = renameSop(atLimit, `Salinan dari ${atLimit.identity.name}`);
    expect(copy.identity.name).toHaveLength(MAX);
    assertWellFormed(copy);
  });

  it('an unchanged approver is no change', () => {
    const doc = smallDoc();
    expect(updateIdentity(doc, { approver: { ...doc.identity.approver } })).toBe(doc);
  });
});

describe('sheet commands', () => {
  it('cut every column label', () => {
    const after = runCommand(smallDoc(), (doc) =>
      setSheetOptions(doc, {
        labels: { activity: HUGE, requirements: HUGE, time: HUGE, output: HUGE, notes: HUGE },
      }),
    );
    expect(Object.values(after.sheet.labels).map((t) => t.length)).toEqual(Array(5).fill(MAX));
  });
});

describe('step commands', () => {
  it('cut every text of a row', () => {
    const after = runCommand(smallDoc(), (doc) =>
      updateStep(doc, 's1', {
        activity: HUGE,
        requirements: HUGE,
        time: HUGE,
        output: HUGE,
        notes: HUGE,
      }),
    );
    const s = after.steps[0]!;
    expect([s.activity, s.requirements, s.time, s.output, s.notes].map((t) => t.length)).toEqual(
      Array(5).fill(MAX),
    );
  });

  it('addStep cuts its activity', () => {
    const r = runResult(smallDoc(), (doc) => addStep(doc, { activity: HUGE }));
    expect(r.doc.steps.at(-1)!.activity).toHaveLength(MAX);
  });

  it('addStep adds the 2000th step and refuses the 2001st', () => {
    const almost = withSteps(LIMITS.steps - 1);
    expect(stepRoom(almost)).toBe(1);
    const last = addStep(almost)!;
    expect(last.doc.steps).toHaveLength(LIMITS.steps);
    assertWellFormed(last.doc);
    expect(stepRoom(last.doc)).toBe(0);
    expect(addStep(last.doc)).toBeNull();
    expect(addStep(last.doc, { afterStepId: null })).toBeNull();
  });

  it('moving a symbol merges the emptied row’s texts within the limit', () => {
    let doc = updateStep(smallDoc(), 's1', { activity: 'a'.repeat(MAX) });
    doc = updateStep(doc, 's3', { activity: 'b'.repeat(MAX) });
    const after = runCommand(doc, (d) => moveSymbol(d, 'n1', { stepId: 's3', actorId: 'a1' }));
    expect(after.steps.find((s) => s.id === 's3')!.activity).toHaveLength(MAX);
  });
});

describe('actor commands', () => {
  it('cut a new and a renamed lane name', () => {
    const added = runResult(smallDoc(), (doc) => addActor(doc, HUGE));
    expect(added.doc.actors.at(-1)!.name).toHaveLength(MAX);
    const renamed = runCommand(smallDoc(), (doc) => renameActor(doc, 'a1', HUGE));
    expect(renamed.actors[0]!.name).toHaveLength(MAX);
  });

  it('add the 50th actor and refuse the 51st', () => {
    const almost = withActors(LIMITS.actors - 1);
    expect(actorRoom(almost)).toBe(1);
    const last = addActor(almost, 'Ke-50')!;
    expect(last.doc.actors).toHaveLength(LIMITS.actors);
    assertWellFormed(last.doc);
    expect(actorRoom(last.doc)).toBe(0);
    expect(addActor(last.doc, 'Ke-51')).toBeNull();
    expect(appendActor(last.doc, (n) => `Pelaksana ${n}`)).toBeNull();
  });
});

describe('flow commands', () => {
  it('cut a label given when connecting and a label set later', () => {
    const r = runResult(smallDoc(), (doc) => connect(doc, 'n1', 'n3', HUGE));
    expect(r.doc.flows.at(-1)!.label).toHaveLength(MAX);
    const after = runCommand(smallDoc(), (doc) => setFlowLabel(doc, 'f2', HUGE));
    expect(after.flows[1]!.label).toHaveLength(MAX);
  });
});

describe('rows pasted from a spreadsheet', () => {
  it('cut every cell and a new actor’s name', () => {
    const r = runResult(smallDoc(), (doc) =>
      insertStepsFromRows(doc, [[HUGE, HUGE, 'Proses', HUGE, HUGE, HUGE, HUGE]]),
    );
    const s = r.doc.steps.at(-1)!;
    expect([s.activity, s.requirements, s.time, s.output, s.notes].map((t) => t.length)).toEqual(
      Array(5).fill(MAX),
    );
    expect(r.doc.actors.at(-1)!.name).toHaveLength(MAX);
    expect(r.notAdded).toBe(0);
  });

  it('keep the rows that fit under the step limit and count the rest', () => {
    const doc = withSteps(LIMITS.steps - 2);
    const rows = Array.from({ length: 5 }, (_, i) => [`Baru ${i}`, 'Staf']);
    const r = runResult(doc, (d) => insertStepsFromRows(d, rows));
    expect(r.doc.steps).toHaveLength(LIMITS.steps);
    expect(r.stepIds).toHaveLength(2);
    expect(r.notAdded).toBe(3);
    expect(r.doc.steps.slice(-2).map((s) => s.activity)).toEqual(['Baru 0', 'Baru 1']);
  });

  it('add nothing to a full SOP, and say so', () => {
    const full = withSteps(LIMITS.steps);
    const r = insertStepsFromRows(full, [['Satu'], ['Dua']])!;
    expect(r.doc).toBe(full);
    expect(r.stepIds).toEqual([]);
    expect(r.notAdded).toBe(2);
  });

  it('put rows naming new actors into existing lanes once the actor limit is reached', () => {
    const doc = withActors(LIMITS.actors - 1);
    const rows = [
      ['Satu', 'Baru A'],
      ['Dua', 'Baru B'],
      ['Tiga', 'Baru C'],
    ];
    const r = runResult(doc, (d) => insertStepsFromRows(d, rows));
    expect(r.doc.actors).toHaveLength(LIMITS.actors);
    expect(r.doc.steps).toHaveLength(doc.steps.length + 3);
  });
});

describe('copy, paste and duplicate', () => {
  it('cut the texts of a fragment from elsewhere', () => {
    const fragment: StepsFragment = {
      actors: [{ id: 'z1', name: HUGE }],
      steps: [
        {
          id: 'q1',
          activity: HUGE,
          requirements: HUGE,
          time: HUGE,
          output: HUGE,
          notes: HUGE,
          symbols: [{ id: 'p1', shape: 'decision', actor: 'z1' }],
        },
        {
          id: 'q2',
          activity: '',
          requirements: '',
          time: '',
          output: '',
          notes: '',
          symbols: [{ id: 'p2', shape: 'process', actor: 'z1' }],
        },
      ],
      flows: [{ id: 'e1', from: 'p1', to: 'p2', label: HUGE }],
    };
    const r = runResult(smallDoc(), (doc) => pasteFragment(doc, fragment));
    const s = r.doc.steps.at(-2)!;
    expect([s.activity, s.requirements, s.time, s.output, s.notes].map((t) => t.length)).toEqual(
      Array(5).fill(MAX),
    );
    expect(r.doc.actors.at(-1)!.name).toHaveLength(MAX);
    expect(r.doc.flows.at(-1)!.label).toHaveLength(MAX);
  });

  it('refuse a paste or a duplicate that would pass the step limit, and allow one that fits', () => {
    const almost = withSteps(LIMITS.steps - 1);
    const two = copySelection(almost, { stepIds: ['r0', 'r1'] })!;
    expect(pasteFragment(almost, two)).toBeNull();
    expect(duplicateSteps(almost, ['r0', 'r1'])).toBeNull();
    const one = duplicateSteps(almost, ['r0'])!;
    expect(one.doc.steps).toHaveLength(LIMITS.steps);
    assertWellFormed(one.doc);
    expect(duplicateSteps(one.doc, ['r0'])).toBeNull();
  });

  it('put a fragment’s unknown actors into existing lanes at the actor limit', () => {
    const full = withActors(LIMITS.actors);
    const fragment = copySelection(smallDoc(), { stepIds: ['s1', 's2'] })!;
    const renamed = { ...fragment, actors: fragment.actors.map((a) => ({ ...a, name: 'Asing' })) };
    const r = runResult(full, (doc) => pasteFragment(doc, renamed));
    expect(r.doc.actors).toHaveLength(LIMITS.actors);
  });
});

describe('identity lists', () => {
  it('keep at most the format’s number of items', () => {
    const many = Array.from({ length: LIST_LIMITS.textListItems + 5 }, (_, i) => `Peraturan ${i}`);
    const doc = updateIdentity(newDocument('X'), { legalBasis: many });
    expect(doc.identity.legalBasis).toHaveLength(LIST_LIMITS.textListItems);
    expect(validateDocument(doc).ok).toBe(true);
  });
});
