import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS } from '../limits';
import { IDENTITY_LIST_FIELDS, type ColumnLabels, type SopDocument, type Step } from '../types';
import { validateDocument } from '../validate';
import { addActor, renameActor } from './actors';
import { copySelection, duplicateSteps, pasteFragment } from './clipboard';
import { connect, setFlowLabel } from './flows';
import { renameSop, updateIdentity } from './identity';
import { insertStepsFromRows } from './paste';
import { setSheetOptions } from './sheet';
import { addStep, updateStep } from './steps';
import { moveSymbol } from './symbols';
import { wellFormedProblems } from './wellFormed';
import { smallDoc } from './testSupport';

/*
 * Random editing sessions in which the texts are often far over the file's limit (a user
 * pasting a whole document into one field) and the SOP starts near its step and actor limits:
 * whatever the commands are given, the document they make is one the file format accepts, so
 * the library never stores a file it will refuse at the next start.
 */

const MAX = LIMITS.textChars;

/**
 * Short text, or text around and well over the limit (with surrogate pairs and line breaks).
 * Kept as a recipe, not the text itself, so a failing case prints in one line.
 */
interface TextRecipe {
  unit: string;
  length: number;
}
const textArb: fc.Arbitrary<TextRecipe> = fc.oneof(
  fc.record({ unit: fc.string({ minLength: 1, maxLength: 6 }), length: fc.nat(6) }),
  fc.record({
    unit: fc.constantFrom('x', '😀', 'ab\n', 'é'),
    length: fc.integer({ min: MAX - 3, max: MAX + 6000 }),
  }),
);

function textOf({ unit, length }: TextRecipe): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const KINDS = [
  'identityText',
  'identityList',
  'approver',
  'rename',
  'label',
  'updateStep',
  'addStep',
  'insertRows',
  'addActor',
  'renameActor',
  'connect',
  'setLabel',
  'moveSymbol',
  'paste',
  'duplicate',
] as const;

interface Op {
  kind: (typeof KINDS)[number];
  a: number;
  b: number;
  rows: number;
  text: TextRecipe;
  other: TextRecipe;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(3000),
  b: fc.nat(3000),
  rows: fc.integer({ min: 1, max: 8 }),
  text: textArb,
  other: textArb,
});

const TEXT_KEYS = ['unit', 'number', 'name'] as const;
const LABEL_KEYS: (keyof ColumnLabels)[] = ['activity', 'requirements', 'time', 'output', 'notes'];
const STEP_KEYS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function apply(doc: SopDocument, recipe: Op): SopDocument {
  const op = { ...recipe, text: textOf(recipe.text), other: textOf(recipe.other) };
  const step = pick(doc.steps, op.a);
  const other = pick(doc.steps, op.b);
  const symbols = doc.steps.flatMap((s) => s.symbols);
  const symbol = pick(symbols, op.a);
  const actor = pick(doc.actors, op.b);
  const flow = pick(doc.flows, op.a);
  switch (op.kind) {
    case 'identityText':
      return updateIdentity(doc, { [pick(TEXT_KEYS, op.a)!]: op.text });
    case 'identityList': {
      const field = pick(['organization', ...IDENTITY_LIST_FIELDS] as const, op.a)!;
      return updateIdentity(doc, { [field]: [op.text, op.other] });
    }
    case 'approver':
      return updateIdentity(doc, { approver: { title: op.text, name: op.other, nip: op.text } });
    case 'rename':
      return renameSop(doc, op.text);
    case 'label':
      return setSheetOptions(doc, { labels: { [pick(LABEL_KEYS, op.a)!]: op.text } });
    case 'updateStep':
      return step ? updateStep(doc, step.id, { [pick(STEP_KEYS, op.b)!]: op.text }) : doc;
    case 'addStep':
      return addStep(doc, { activity: op.text, afterStepId: step?.id })?.doc ?? doc;
    case 'insertRows': {
      const rows = Array.from({ length: op.rows }, (_, i) => [
        op.text,
        i % 2 ? op.other : `Baru ${op.b + i}`,
        'Proses',
        op.other,
        op.text,
        op.other,
        op.text,
      ]);
      return insertStepsFromRows(doc, rows, step?.id)?.doc ?? doc;
    }
    case 'addActor':
      return addActor(doc, op.text)?.doc ?? doc;
    case 'renameActor':
      return actor ? renameActor(doc, actor.id, op.text) : doc;
    case 'connect': {
      const to = pick(symbols, op.b);
      return symbol && to ? (connect(doc, symbol.id, to.id, op.text)?.doc ?? doc) : doc;
    }
    case 'setLabel':
      return flow ? setFlowLabel(doc, flow.id, op.text) : doc;
    case 'moveSymbol':
      return symbol && other && actor
        ? moveSymbol(doc, symbol.id, { stepId: other.id, actorId: actor.id })
        : doc;
    case 'paste': {
      const ids = [step?.id, other?.id].filter((id) => id !== undefined);
      const fragment = copySelection(doc, { stepIds: ids });
      return fragment ? (pasteFragment(doc, fragment, other?.id)?.doc ?? doc) : doc;
    }
    case 'duplicate':
      return step ? (duplicateSteps(doc, [step.id])?.doc ?? doc) : doc;
  }
}

/** smallDoc grown to a few rows and lanes short of the file's limits. */
function nearLimits(): SopDocument {
  const doc = smallDoc();
  const actors = [
    ...doc.actors,
    ...Array.from({ length: LIMITS.actors - 4 }, (_, i) => ({ id: `x${i}`, name: `Lain ${i}` })),
  ];
  const steps: Step[] = Array.from({ length: LIMITS.steps - 5 }, (_, i) => ({
    id: `r${i}`,
    activity: `Langkah ${i}`,
    requirements: '',
    time: '',
    output: '',
    notes: '',
    symbols: [{ id: `y${i}`, shape: 'process', actor: actors[i % actors.length]!.id }],
  }));
  return { ...doc, actors, steps: [...doc.steps, ...steps] };
}

const startArb = fc.constantFrom(
  () => smallDoc(),
  () => ({ ...smallDoc(), actors: [], steps: [], flows: [] }),
  nearLimits,
);

describe('editing sessions with text over the limit', () => {
  it('always make a document the file format accepts', () => {
    fc.assert(
      fc.property(startArb, fc.array(opArb, { maxLength: 25 }), (makeStart, ops) => {
        let doc = makeStart();
        for (const op of ops) {
          doc = apply(doc, op);
          // The commands' own cheap check after each one; the full validator at the end.
          expect(wellFormedProblems(doc)).toEqual([]);
        }
        const check = validateDocument(structuredClone(doc));
        expect(check.ok ? [] : check.errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
