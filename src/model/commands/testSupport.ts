/*
 * Helpers for the command tests (not used by the app). `assertWellFormed` checks a document
 * against both the commands' own invariants and the file format's validator: a command must
 * never produce something "Open file" would refuse.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { canRedo, canUndo, commit, createHistory, redo, undo } from '../history';
import type { SopDocument } from '../types';
import { validateDocument } from '../validate';
import { wellFormedProblems } from './wellFormed';

/** Fails the test when the document breaks an invariant or the file format would refuse it. */
export function assertWellFormed(doc: SopDocument): void {
  expect(wellFormedProblems(doc)).toEqual([]);
  const check = validateDocument(structuredClone(doc));
  expect(check.ok ? [] : check.errors).toEqual([]);
}

/** A fixture from tests/fixtures, by file name. */
export function loadFixture(name: string): SopDocument {
  const url = new URL(`../../../tests/fixtures/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { sop: SopDocument }).sop;
}

/** A small SOP: Staf (a1), Kasubbag (a2); rows s1..s3 with n1 terminator, n2 decision, n3 process. */
export function smallDoc(): SopDocument {
  const text = { requirements: '', time: '', output: '', notes: '' };
  return {
    identity: loadFixture('sop-024.sop.json').identity,
    actors: [
      { id: 'a1', name: 'Staf' },
      { id: 'a2', name: 'Kasubbag' },
    ],
    steps: [
      {
        id: 's1',
        activity: 'Mulai',
        ...text,
        symbols: [{ id: 'n1', shape: 'terminator', actor: 'a1' }],
      },
      {
        id: 's2',
        activity: 'Periksa',
        ...text,
        symbols: [{ id: 'n2', shape: 'decision', actor: 'a2' }],
      },
      {
        id: 's3',
        activity: 'Catat',
        ...text,
        symbols: [{ id: 'n3', shape: 'process', actor: 'a1' }],
      },
    ],
    flows: [
      { id: 'f1', from: 'n1', to: 'n2', label: '' },
      { id: 'f2', from: 'n2', to: 'n3', label: 'Ya' },
    ],
    sheet: loadFixture('sop-024.sop.json').sheet,
  };
}

/**
 * Runs a command and checks it through the undo history: input and result well formed, the
 * input not mutated, a real change, undo gives back the input and redo the result.
 * Returns the result for further checks.
 */
export function runCommand(
  before: SopDocument,
  command: (doc: SopDocument) => SopDocument,
): SopDocument {
  assertWellFormed(before);
  const frozen = structuredClone(before);
  const after = command(before);
  expect(before).toEqual(frozen);
  assertWellFormed(after);
  expect(after).not.toEqual(before);
  const done = commit(createHistory(before), after, { now: 0 });
  expect(canUndo(done)).toBe(true);
  const undone = undo(done);
  expect(undone.present).toBe(before);
  expect(canRedo(undone)).toBe(true);
  expect(redo(undone).present).toBe(after);
  return after;
}

/** `runCommand` for commands that return `{ doc, …ids }` or null; fails on null. */
export function runResult<T extends { doc: SopDocument }>(
  before: SopDocument,
  command: (doc: SopDocument) => T | null,
): T {
  let result: T | null = null;
  runCommand(before, (doc) => {
    result = command(doc);
    expect(result).not.toBeNull();
    return result!.doc;
  });
  return result!;
}
