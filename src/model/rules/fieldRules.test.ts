import { describe, expect, it } from 'vitest';
import { brief, cleanArrows, cleanRows, testSop } from './testSop';
import { checkSop } from './checkSop';

describe('step fields', () => {
  it('reports an empty activity as an error and empty Waktu/Output as warnings', () => {
    const doc = testSop(cleanRows, cleanArrows);
    doc.steps[1] = { ...doc.steps[1]!, activity: '  ', time: '', output: '\n' };
    const findings = checkSop(doc);
    expect(brief(doc)).toEqual([
      'step.no-activity step:s2',
      'step.no-time step:s2',
      'step.no-output step:s2',
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'warning']);
  });

  it('does not warn about the closing terminator without Waktu and Output', () => {
    const doc = testSop(cleanRows, cleanArrows);
    const last = doc.steps.length - 1;
    doc.steps[last] = { ...doc.steps[last]!, time: '', output: '' };
    expect(doc.steps[last]!.symbols.map((s) => s.shape)).toEqual(['terminator']);
    expect(brief(doc)).toEqual([]);
  });

  it('still warns about a terminator that leads on (an opening one) without them', () => {
    const doc = testSop(cleanRows, cleanArrows);
    doc.steps[0] = { ...doc.steps[0]!, time: '', output: '' };
    expect(doc.steps[0]!.symbols.map((s) => s.shape)).toEqual(['terminator']);
    expect(brief(doc)).toEqual(['step.no-time step:s1', 'step.no-output step:s1']);
  });

  it('accepts filled fields', () => {
    expect(checkSop(testSop(cleanRows, cleanArrows))).toEqual([]);
  });
});

describe('actors', () => {
  it('warns about an actor with no symbols', () => {
    const doc = testSop(cleanRows, cleanArrows);
    doc.actors.push({ id: 'a9', name: 'Sekretaris' });
    expect(checkSop(doc)).toEqual([
      {
        code: 'actor.unused',
        severity: 'warning',
        target: { kind: 'actor', id: 'a9' },
        params: { actor: 'Sekretaris' },
      },
    ]);
  });

  it('accepts actors that each have a symbol', () => {
    const doc = testSop([['t@a1'], ['p@a2'], ['t@a1']], cleanArrows);
    expect(doc.actors).toHaveLength(2);
    expect(checkSop(doc)).toEqual([]);
  });
});

describe('identity', () => {
  it('warns about each empty field the sheet needs, blank text counting as empty', () => {
    const doc = testSop(cleanRows, cleanArrows);
    doc.identity = {
      ...doc.identity,
      number: ' ',
      name: '',
      effectiveDate: null,
      approver: { title: 'Kepala', name: '', nip: '123' },
    };
    expect(brief(doc)).toEqual([
      'identity.no-number identity:number',
      'identity.no-effective-date identity:effectiveDate',
      'identity.no-approver identity:approver.name',
      'identity.no-name identity:name',
    ]);
    expect(new Set(checkSop(doc).map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  it('accepts a filled identity', () => {
    expect(checkSop(testSop(cleanRows, cleanArrows))).toEqual([]);
  });
});
