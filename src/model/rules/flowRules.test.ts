import { describe, expect, it } from 'vitest';
import { brief, testSop } from './testSop';

describe('arrows', () => {
  it('reports an arrow to its own symbol', () => {
    const doc = testSop([['t'], ['p'], ['t']], ['n1>n2', 'n2>n2', 'n2>n3']);
    expect(brief(doc)).toEqual(['flow.self-loop flow:f2']);
  });

  it('reports the second of two arrows between the same symbols', () => {
    const doc = testSop([['t'], ['p'], ['t']], ['n1>n2', 'n2>n3', 'n1>n2']);
    expect(brief(doc)).toEqual(['flow.duplicate flow:f3']);
  });

  it('accepts an arrow back the other way', () => {
    const doc = testSop(
      [['t'], ['d'], ['p'], ['t']],
      ['n1>n2', 'n2>n3:Ya', 'n3>n2', 'n2>n4:Tidak'],
    );
    // n3 has one exit (back to n2), which is fine: the loop is the SOP's "revise and resubmit".
    expect(brief(doc)).toEqual([]);
  });
});
