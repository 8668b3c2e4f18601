import { describe, expect, it } from 'vitest';
import { newDocument } from '../defaults';
import { LIMITS } from '../limits';
import {
  addActor,
  appendActor,
  countActorSymbols,
  deleteActor,
  moveActor,
  newActorName,
  renameActor,
  sortSymbolsByLane,
} from './actors';
import { wellFormedProblems } from './wellFormed';
import { addSymbol } from './symbols';
import { loadFixture, runCommand, runResult, smallDoc } from './testSupport';

describe('addActor', () => {
  it('adds a lane at the right, and undoes it', () => {
    const r = runResult(smallDoc(), (doc) => addActor(doc, 'Kepala'));
    expect(r.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', r.actorId]);
    expect(r.doc.actors[2]!.name).toBe('Kepala');
  });

  it('adds a lane at an index', () => {
    const r = runResult(smallDoc(), (doc) => addActor(doc, 'Kepala', 0));
    expect(r.doc.actors.map((a) => a.name)).toEqual(['Kepala', 'Staf', 'Kasubbag']);
  });

  it('refuses past the actor limit', () => {
    const doc = smallDoc();
    const many = Array.from({ length: LIMITS.actors }, (_, i) => ({ id: `x${i}`, name: `${i}` }));
    expect(addActor({ ...doc, actors: many, steps: [], flows: [] }, 'one more')).toBeNull();
  });
});

describe('renameActor', () => {
  it('renames, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => renameActor(doc, 'a2', 'Kasubbag Umum'));
    expect(after.actors[1]).toEqual({ id: 'a2', name: 'Kasubbag Umum' });
  });

  it('returns the same document for the same name or an unknown actor', () => {
    const doc = smallDoc();
    expect(renameActor(doc, 'a1', 'Staf')).toBe(doc);
    expect(renameActor(doc, 'x', 'Staf')).toBe(doc);
  });
});

describe('moveActor', () => {
  it('moves a lane, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => moveActor(doc, 'a2', 0));
    expect(after.actors.map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('re-sorts a row that spans both lanes, so it still reads left to right', () => {
    const two = addSymbol(smallDoc(), { stepId: 's2', actorId: 'a1', shape: 'process' })!;
    expect(two.doc.steps[1]!.symbols.map((s) => s.actor)).toEqual(['a1', 'a2']);
    const after = runCommand(two.doc, (doc) => moveActor(doc, 'a1', 1));
    expect(after.steps[1]!.symbols.map((s) => s.actor)).toEqual(['a2', 'a1']);
  });
});

describe('countActorSymbols', () => {
  it('counts the symbols in a lane', () => {
    expect(countActorSymbols(smallDoc(), 'a1')).toBe(2);
    expect(countActorSymbols(smallDoc(), 'a2')).toBe(1);
    const fixture = loadFixture('sop-009.sop.json');
    const total = fixture.actors.reduce((sum, a) => sum + countActorSymbols(fixture, a.id), 0);
    expect(total).toBe(fixture.steps.reduce((sum, s) => sum + s.symbols.length, 0));
  });
});

describe('deleteActor', () => {
  it('without a target removes its symbols, their arrows and emptied rows, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => deleteActor(doc, 'a2'));
    expect(after.actors.map((a) => a.id)).toEqual(['a1']);
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(after.flows).toEqual([]);
  });

  it('with a target moves its symbols there, keeping rows and arrows, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => deleteActor(doc, 'a2', { moveSymbolsTo: 'a1' }));
    expect(after.actors.map((a) => a.id)).toEqual(['a1']);
    expect(after.steps[1]!.symbols).toEqual([{ id: 'n2', shape: 'decision', actor: 'a1' }]);
    expect(after.flows).toEqual(smallDoc().flows);
  });

  it('keeps lane order when the moved symbol lands in a row that spans lanes', () => {
    // sop-009 row s4 goes from lane 2 (n4) to lane 3 (n5); moving lane 2 onto lane 4
    // puts n4 to the right of n5, so the row must list n5 first.
    const fixture = loadFixture('sop-009.sop.json');
    const [, second, , fourth] = fixture.actors;
    expect(fixture.steps[3]!.symbols.map((s) => s.id)).toEqual(['n4', 'n5']);
    const after = runCommand(fixture, (doc) =>
      deleteActor(doc, second!.id, { moveSymbolsTo: fourth!.id }),
    );
    expect(after.steps[3]!.symbols.map((s) => s.id)).toEqual(['n5', 'n4']);
    expect(after.steps[3]!.symbols[1]!.actor).toBe(fourth!.id);
  });

  it('refuses a target that is itself or unknown', () => {
    const doc = smallDoc();
    expect(deleteActor(doc, 'a2', { moveSymbolsTo: 'a2' })).toBe(doc);
    expect(deleteActor(doc, 'a2', { moveSymbolsTo: 'x' })).toBe(doc);
    expect(deleteActor(doc, 'x')).toBe(doc);
  });
});

describe('sortSymbolsByLane', () => {
  it('puts a hand-written row right to left back in lane order, and undoes it', () => {
    const two = addSymbol(smallDoc(), { stepId: 's2', actorId: 'a1', shape: 'process' })!;
    const row = two.doc.steps[1]!;
    const reversed = { ...row, symbols: [...row.symbols].reverse() };
    const messy = { ...two.doc, steps: two.doc.steps.map((s) => (s === row ? reversed : s)) };
    expect(wellFormedProblems(messy)).toHaveLength(1);
    const sorted = sortSymbolsByLane(messy);
    expect(sorted.steps[1]!.symbols).toEqual(row.symbols);
    expect(wellFormedProblems(sorted)).toEqual([]);
    expect(sortSymbolsByLane(sorted)).toBe(sorted);
  });
});

describe('actor names', () => {
  const template = (n: number) => `Pelaksana ${n}`;

  it('numbers a new actor after the existing ones, skipping names in use', () => {
    const doc = newDocument('x');
    expect(newActorName(doc, template)).toBe('Pelaksana 2');
    const taken = { ...doc, actors: [...doc.actors, { id: 'a9', name: 'pelaksana 2' }] };
    expect(newActorName(taken, template)).toBe('Pelaksana 3');
  });

  it('appends the actor at the right', () => {
    const added = appendActor(newDocument('x'), template)!;
    expect(added.doc.actors.at(-1)).toEqual({ id: added.actorId, name: 'Pelaksana 2' });
  });
});
