import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, commit, createHistory, redo, undo } from '../history';
import type { SopDocument, SymbolShape } from '../types';
import { addActor, deleteActor, moveActor, renameActor } from './actors';
import { copySelection, duplicateSteps, pasteFragment } from './clipboard';
import { connect, deleteFlows, reconnectFlow, setFlowLabel } from './flows';
import { insertStepsFromRows } from './paste';
import { addStep, deleteSteps, moveStep, updateStep } from './steps';
import { addSymbol, deleteSymbols, moveSymbol, setSymbolShape } from './symbols';
import { assertWellFormed, loadFixture, smallDoc } from './testSupport';

/*
 * Random editing sessions: every command, applied to whatever ids the document has at that
 * moment (picked by number, so shrinking stays meaningful), must keep the document well formed,
 * and the history must walk all the way back and forth again.
 */

const KINDS = [
  'addStep',
  'updateStep',
  'deleteSteps',
  'moveStep',
  'insertRows',
  'addSymbol',
  'moveSymbol',
  'setShape',
  'deleteSymbols',
  'connect',
  'setLabel',
  'reconnect',
  'deleteFlows',
  'addActor',
  'renameActor',
  'moveActor',
  'deleteActor',
  'paste',
  'duplicate',
] as const;

interface Op {
  kind: (typeof KINDS)[number];
  a: number;
  b: number;
  c: number;
  text: string;
  shape: SymbolShape;
  flag: boolean;
  mergeKey: string | undefined;
  pause: number;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  text: fc.string({ maxLength: 12 }),
  shape: fc.constantFrom<SymbolShape>('terminator', 'process', 'decision'),
  flag: fc.boolean(),
  mergeKey: fc.option(fc.constantFrom('drag', 'typing'), { nil: undefined }),
  pause: fc.integer({ min: 0, max: 3000 }),
});

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function apply(doc: SopDocument, op: Op): SopDocument {
  const step = pick(doc.steps, op.a);
  const otherStep = pick(doc.steps, op.b);
  const symbols = doc.steps.flatMap((s) => s.symbols);
  const symbol = pick(symbols, op.a);
  const otherSymbol = pick(symbols, op.b);
  const actor = pick(doc.actors, op.c);
  const otherActor = pick(doc.actors, op.b);
  const flow = pick(doc.flows, op.c);
  switch (op.kind) {
    case 'addStep':
      return (
        addStep(doc, {
          afterStepId: op.flag ? step?.id : undefined,
          actorId: actor?.id,
          shape: op.shape,
          activity: op.text,
          connectFrom: symbol?.id,
        })?.doc ?? doc
      );
    case 'updateStep':
      return step ? updateStep(doc, step.id, { activity: op.text, pageBreakBefore: op.flag }) : doc;
    case 'deleteSteps':
      return deleteSteps(
        doc,
        [step?.id, op.flag ? otherStep?.id : undefined].filter((x) => x !== undefined),
      );
    case 'moveStep':
      return step ? moveStep(doc, step.id, op.b) : doc;
    case 'insertRows':
      return (
        insertStepsFromRows(
          doc,
          [
            [op.text || 'x', op.text, op.flag ? 'Keputusan' : ''],
            ['y', actor?.name ?? ''],
          ],
          step?.id,
        )?.doc ?? doc
      );
    case 'addSymbol':
      return step && actor
        ? (addSymbol(doc, { stepId: step.id, actorId: actor.id, shape: op.shape })?.doc ?? doc)
        : doc;
    case 'moveSymbol':
      return symbol && otherStep && actor
        ? moveSymbol(doc, symbol.id, {
            stepId: otherStep.id,
            actorId: actor.id,
            index: op.flag ? op.c : undefined,
          })
        : doc;
    case 'setShape':
      return symbol ? setSymbolShape(doc, symbol.id, op.shape) : doc;
    case 'deleteSymbols':
      return symbol ? deleteSymbols(doc, [symbol.id]) : doc;
    case 'connect':
      return symbol && otherSymbol
        ? (connect(doc, symbol.id, otherSymbol.id, op.flag ? op.text : undefined)?.doc ?? doc)
        : doc;
    case 'setLabel':
      return flow ? setFlowLabel(doc, flow.id, op.text) : doc;
    case 'reconnect':
      return flow && symbol
        ? reconnectFlow(doc, flow.id, op.flag ? { from: symbol.id } : { to: symbol.id })
        : doc;
    case 'deleteFlows':
      return flow ? deleteFlows(doc, [flow.id]) : doc;
    case 'addActor':
      return addActor(doc, op.text, op.flag ? op.b : undefined)?.doc ?? doc;
    case 'renameActor':
      return actor ? renameActor(doc, actor.id, op.text) : doc;
    case 'moveActor':
      return actor ? moveActor(doc, actor.id, op.b) : doc;
    case 'deleteActor':
      return actor
        ? deleteActor(doc, actor.id, op.flag && otherActor ? { moveSymbolsTo: otherActor.id } : {})
        : doc;
    case 'paste': {
      const fragment = step
        ? copySelection(doc, { stepIds: [step.id], symbolIds: symbol ? [symbol.id] : [] })
        : null;
      return fragment ? (pasteFragment(doc, fragment, otherStep?.id)?.doc ?? doc) : doc;
    }
    case 'duplicate':
      return step ? (duplicateSteps(doc, [step.id])?.doc ?? doc) : doc;
  }
}

const startArb = fc.constantFrom(
  () => smallDoc(),
  () => loadFixture('sop-009.sop.json'),
  () => loadFixture('sop-098.sop.json'),
  () => ({ ...smallDoc(), actors: [], steps: [], flows: [] }),
);

describe('random editing sessions', () => {
  it('keep the document well formed, and undo/redo walk the whole way', () => {
    fc.assert(
      fc.property(startArb, fc.array(opArb, { maxLength: 40 }), (makeStart, ops) => {
        const start = makeStart();
        let history = createHistory(start);
        let doc = start;
        let now = 0;
        for (const op of ops) {
          doc = apply(doc, op);
          assertWellFormed(doc);
          now += op.pause;
          history = commit(history, doc, { mergeKey: op.mergeKey, now });
        }
        const final = history.present;
        expect(final).toEqual(doc);
        while (canUndo(history)) history = undo(history);
        expect(history.present).toBe(start);
        while (canRedo(history)) history = redo(history);
        expect(history.present).toBe(final);
      }),
      { numRuns: 150 },
    );
  });
});
