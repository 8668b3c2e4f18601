import { describe, expect, it } from 'vitest';
import { brief, testSop } from './testSop';

describe('reachability', () => {
  it('accepts a loop back that rejoins the flow', () => {
    const doc = testSop(
      [['t'], ['p'], ['d'], ['t']],
      ['n1>n2', 'n2>n3', 'n3>n2:Tidak', 'n3>n4:Ya'],
    );
    expect(brief(doc)).toEqual([]);
  });

  it('reports symbols nothing leads to', () => {
    const doc = testSop([['t'], ['p'], ['p'], ['t']], ['n1>n2', 'n2>n4', 'n3>n4']);
    expect(brief(doc)).toEqual(['symbol.unreachable symbol:n3']);
  });

  it('reports symbols from which no end can be reached', () => {
    // n3 and n4 chase each other forever.
    const doc = testSop(
      [['t'], ['d'], ['p'], ['p'], ['t']],
      ['n1>n2', 'n2>n3:Ya', 'n2>n5:Tidak', 'n3>n4', 'n4>n3'],
    );
    expect(brief(doc)).toEqual(['symbol.dead-end symbol:n3', 'symbol.dead-end symbol:n4']);
  });

  it('reports a lone start as a dead end when an end exists elsewhere', () => {
    const doc = testSop([['t'], ['p'], ['t']], ['n2>n3']);
    // n3 is reached from n2, so n2 (where the arrow is missing) is the one reported.
    expect(brief(doc)).toEqual(['symbol.dead-end symbol:n1', 'symbol.unreachable symbol:n2']);
  });

  it('reports every symbol of a loop nothing enters, and its dead end', () => {
    const doc = testSop([['t'], ['p'], ['p'], ['p'], ['t']], ['n1>n2', 'n2>n5', 'n3>n4', 'n4>n3']);
    expect(brief(doc)).toEqual([
      'symbol.unreachable symbol:n3',
      'symbol.dead-end symbol:n3',
      'symbol.unreachable symbol:n4',
      'symbol.dead-end symbol:n4',
    ]);
  });

  it('does not blame what leads into a process with no exit', () => {
    const doc = testSop([['t'], ['p'], ['p'], ['t']], ['n1>n2', 'n2>n3', 'n2>n4:Selesai']);
    expect(brief(doc)).toEqual(['process.no-exit symbol:n3']);
  });
});
