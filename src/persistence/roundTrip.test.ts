import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SopDocument, Step } from '../model/types';
import { parseSopFile, parseSopValue, serializeSopFile } from './sopFile';
import { jpegHeader, logoUrl, pngHeader } from './testDocs';

/*
 * Generated well-formed documents: ids are made unique by construction (kind
 * prefix + position) and every reference picks an existing actor or symbol, so
 * any refusal is a bug in the parser or the serializer.
 */

const text = fc.string({ unit: 'binary', maxLength: 30 });
const list = fc.array(text, { maxLength: 4 });
const isoDate = fc
  .date({
    min: new Date('1000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
// A real picture header (the logo check reads it), followed by any bytes.
const logo = fc.option(
  fc
    .tuple(
      fc.constantFrom('png' as const, 'jpeg' as const),
      fc.integer({ min: 1, max: 2048 }),
      fc.integer({ min: 1, max: 2048 }),
      fc.uint8Array({ maxLength: 64 }),
    )
    .map(([type, width, height, tail]) => {
      const head = type === 'png' ? pngHeader(width, height) : jpegHeader(width, height);
      return logoUrl(type, Uint8Array.from([...head, ...tail]));
    }),
);

const identity = fc.record({
  organization: list,
  unit: text,
  logo,
  number: text,
  createdDate: fc.option(isoDate),
  revisionDate: fc.option(isoDate),
  effectiveDate: fc.option(isoDate),
  approver: fc.record({ title: text, name: text, nip: text }),
  name: text,
  legalBasis: list,
  qualifications: list,
  relatedSops: list,
  equipment: list,
  warnings: list,
  records: list,
});

const sheet = fc.record({
  paper: fc.constantFrom('A4', 'F4', 'Letter', 'Legal'),
  orientation: fc.constantFrom('landscape', 'portrait'),
  repeatHeader: fc.boolean(),
  connectorLetters: fc.boolean(),
  labels: fc.record({ activity: text, requirements: text, time: text, output: text, notes: text }),
}) as fc.Arbitrary<SopDocument['sheet']>;

const stepShape = fc.record(
  {
    activity: text,
    requirements: text,
    time: text,
    output: text,
    notes: text,
    shapes: fc.array(fc.constantFrom('terminator', 'process', 'decision'), {
      minLength: 1,
      maxLength: 3,
    }),
    actorPicks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    pageBreakBefore: fc.boolean(),
  },
  { requiredKeys: ['activity', 'requirements', 'time', 'output', 'notes', 'shapes', 'actorPicks'] },
);

const documentArb: fc.Arbitrary<SopDocument> = fc
  .record({
    identity,
    actorNames: fc.array(text, { minLength: 1, maxLength: 6 }),
    steps: fc.array(stepShape, { maxLength: 12 }),
    flowPicks: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 15 }),
    sheet,
  })
  .map(({ identity, actorNames, steps, flowPicks, sheet }) => {
    const actors = actorNames.map((name, i) => ({ id: `a${i}`, name }));
    const builtSteps = steps.map((s, i): Step => {
      const step: Step = {
        id: `s${i}`,
        activity: s.activity,
        requirements: s.requirements,
        time: s.time,
        output: s.output,
        notes: s.notes,
        symbols: s.shapes.map((shape, j) => ({
          id: `n${i}-${j}`,
          shape,
          actor: actors[(s.actorPicks[j] ?? 0) % actors.length]!.id,
        })),
      };
      if (s.pageBreakBefore !== undefined) step.pageBreakBefore = s.pageBreakBefore;
      return step;
    });
    const symbolIds = builtSteps.flatMap((s) => s.symbols.map((y) => y.id));
    const flows =
      symbolIds.length === 0
        ? []
        : flowPicks.map(([from, to, label], i) => ({
            id: `f${i}`,
            from: symbolIds[from % symbolIds.length]!,
            to: symbolIds[to % symbolIds.length]!,
            label,
          }));
    return { identity, actors, steps: builtSteps, flows, sheet };
  });

describe('round trip of generated documents', () => {
  it('parse(serialize(doc)) equals doc', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const meta = { id: 'sop-1', modified: '2026-12-04T09:30:00.000Z' };
        expect(parseSopFile(serializeSopFile(doc, meta))).toEqual({ ok: true, doc, meta });
      }),
      { numRuns: 300 },
    );
  });

  it('serialize is stable after one round trip', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = serializeSopFile(doc);
        const again = parseSopFile(text);
        expect(again.ok && serializeSopFile(again.doc, again.meta)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('breaking one reference is always reported at its place', () => {
    fc.assert(
      fc.property(
        documentArb.filter((d) => d.steps.length > 0),
        fc.nat(),
        (doc, pick) => {
          const i = pick % doc.steps.length;
          const env = JSON.parse(serializeSopFile(doc));
          env.sop.steps[i].symbols[0].actor = 'no-such-actor';
          const result = parseSopValue(env);
          expect(result.ok ? [] : result.errors).toContainEqual({
            path: `steps[${i}].symbols[0].actor`,
            code: 'unknownActor',
            params: { id: 'no-such-actor' },
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
