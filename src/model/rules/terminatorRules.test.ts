import { describe, expect, it } from 'vitest';
import { summarizeDuration } from '../duration';
import { brief, cleanArrows, cleanRows, testSop } from './testSop';

describe('start and end', () => {
  it('accepts one start in the first step and one end', () => {
    expect(brief(testSop(cleanRows, cleanArrows))).toEqual([]);
  });

  it('reports a missing start, pointing at the first step', () => {
    // n1 is a process now; nothing is a terminator without incoming arrows.
    expect(brief(testSop([['p'], ['p'], ['t']], cleanArrows))).toEqual(['start.missing step:s1']);
  });

  it('reports a start that is not in the first step', () => {
    const doc = testSop([['p'], ['t'], ['p'], ['t']], ['n2>n3', 'n3>n4', 'n1>n3']);
    // n1 is a process with no way in: unreachable from the start in step 2.
    expect(brief(doc)).toEqual(['symbol.unreachable symbol:n1', 'start.not-first-step symbol:n2']);
  });

  it('reports a second start on the later terminator', () => {
    const doc = testSop([['t', 't'], ['p'], ['t']], ['n1>n3', 'n2>n3', 'n3>n4']);
    expect(brief(doc)).toEqual(['start.multiple symbol:n2']);
  });

  it('reports a missing end, pointing at the last step', () => {
    const doc = testSop([['t'], ['p'], ['p']], ['n1>n2', 'n2>n3', 'n3>n2']);
    expect(brief(doc)).toEqual(['end.missing step:s3']);
  });

  it('treats a lone terminator as the start: a new SOP only lacks its end', () => {
    expect(brief(testSop([['t']], []))).toEqual(['end.missing step:s1']);
  });

  it('reports both when the SOP has no steps at all', () => {
    const doc = { ...testSop([], []), actors: [] };
    expect(brief(doc)).toEqual(['start.missing step:', 'end.missing step:']);
  });

  it('reports a terminator with arrows in and out', () => {
    const doc = testSop([['t'], ['t'], ['t']], ['n1>n2', 'n2>n3']);
    expect(brief(doc)).toEqual(['terminator.middle symbol:n2']);
  });

  it('accepts several ends', () => {
    const doc = testSop([['t'], ['d'], ['t'], ['t']], ['n1>n2', 'n2>n3:Ya', 'n2>n4:Tidak']);
    expect(brief(doc)).toEqual([]);
  });

  // "Tidak lengkap: dikembalikan kepada pemohon": the decision sends the file back to the
  // applicant's first step, the start. The start stays the start (as signed SOPs draw it).
  const loopToStart = () =>
    testSop(
      [['t@a1'], ['p@a2'], ['d@a2'], ['p@a3'], ['t@a1']],
      ['n1>n2', 'n2>n3', 'n3>n4:Ya', 'n3>n1:Tidak', 'n4>n5'],
    );

  it('accepts a loop back to the start in the first row: no missing start, no middle terminator', () => {
    expect(brief(loopToStart())).toEqual([]);
  });

  it('computes the duration along the main path with a loop to the start', () => {
    const summary = summarizeDuration(loopToStart());
    // Five steps of 10 menit; the shortest way passes each once (the loop is not taken).
    expect(summary.shortest).toEqual({ min: 50, max: 50 });
    expect(summary.longest).toEqual({ min: 50, max: 50 });
  });

  it('still reports a terminator in a later row with arrows in and out', () => {
    const doc = testSop([['t'], ['p'], ['t'], ['t']], ['n1>n2', 'n2>n3', 'n3>n4', 'n3>n1']);
    expect(brief(doc)).toEqual(['terminator.middle symbol:n3']);
  });
});
