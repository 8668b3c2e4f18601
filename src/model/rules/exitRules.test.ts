import { describe, expect, it } from 'vitest';
import { brief, testSop } from './testSop';

describe('decision exits', () => {
  const rows = [['t'], ['d'], ['p'], ['t']];

  it('accepts two differently labelled exits', () => {
    expect(brief(testSop(rows, ['n1>n2', 'n2>n3:Ya', 'n2>n4:Tidak', 'n3>n4']))).toEqual([]);
  });

  it('reports a decision with one exit', () => {
    const doc = testSop(rows, ['n1>n2', 'n2>n3:Ya', 'n3>n4']);
    expect(brief(doc)).toEqual(['decision.too-few-exits symbol:n2']);
    expect(doc.flows).toHaveLength(3);
  });

  it('does not count an arrow to itself as a way out', () => {
    const doc = testSop(rows, ['n1>n2', 'n2>n3:Ya', 'n2>n2:Tidak', 'n3>n4']);
    expect(brief(doc)).toEqual(['decision.too-few-exits symbol:n2', 'flow.self-loop flow:f3']);
  });

  it('reports an exit without a label', () => {
    const doc = testSop(rows, ['n1>n2', 'n2>n3:Ya', 'n2>n4: ', 'n3>n4']);
    expect(brief(doc)).toEqual(['decision.unlabelled-exit flow:f3']);
  });

  it('reports two exits with the same label, ignoring case and spaces', () => {
    const doc = testSop(rows, ['n1>n2', 'n2>n3:Ya', 'n2>n4: ya ', 'n3>n4']);
    expect(brief(doc)).toEqual(['decision.duplicate-label flow:f3']);
  });
});

describe('process exits', () => {
  it('reports a process with no exit (and not also as a dead end)', () => {
    const doc = testSop([['t'], ['d'], ['p'], ['t']], ['n1>n2', 'n2>n3:Ya', 'n2>n4:Tidak']);
    expect(brief(doc)).toEqual(['process.no-exit symbol:n3']);
  });

  it('reports several unlabelled exits to different rows', () => {
    const doc = testSop([['t'], ['p'], ['p'], ['t']], ['n1>n2', 'n2>n3', 'n2>n4', 'n3>n4']);
    expect(brief(doc)).toEqual(['process.unlabelled-exits symbol:n2']);
  });

  it('accepts labelled exits of a process', () => {
    const doc = testSop(
      [['t'], ['p'], ['p'], ['t']],
      ['n1>n2', 'n2>n3:Lengkap', 'n2>n4:Tidak lengkap', 'n3>n4'],
    );
    expect(brief(doc)).toEqual([]);
  });

  it('accepts unlabelled exits into one row shared by several actors', () => {
    // As in SOP-314: one activity done by two actors side by side.
    const doc = testSop(
      [['t'], ['p'], ['p@a1', 'p@a2'], ['t']],
      ['n1>n2', 'n2>n3', 'n2>n4', 'n3>n5', 'n4>n5'],
    );
    expect(brief(doc)).toEqual([]);
  });
});
