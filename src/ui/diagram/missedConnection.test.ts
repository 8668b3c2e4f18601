import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { missedConnection } from './missedConnection';

const doc = sampleDocument();
const flow = doc.flows[0]!;
const other = doc.steps
  .flatMap((s) => s.symbols)
  .find(
    (s) => s.id !== flow.from && !doc.flows.some((f) => f.from === flow.from && f.to === s.id),
  )!;

describe('missedConnection', () => {
  it.each([
    ['let go over empty space', null, 40, 'diagram.connect.missed'],
    ['let go over the symbol it started from', flow.from, 40, 'diagram.connect.self'],
    ['let go over a symbol it already points to', flow.to, 40, 'diagram.connect.duplicate'],
    ['a press on a dot without travel', null, 3, null],
    ['a press that stays on its own symbol', flow.from, 2, null],
    ['let go over a symbol it does not point to yet', other.id, 40, null],
  ] as const)('%s', (_what, toSymbol, travel, expected) => {
    expect(missedConnection(doc, { fromSymbol: flow.from, toSymbol, travel })).toBe(expected);
  });
});
