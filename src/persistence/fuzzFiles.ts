import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { decodeFileText } from '../model/fileText';
import { LIMITS } from '../model/limits';
import { layoutSheet } from '../layout/layoutSheet';
import { sheetMeasurer } from '../layout/text/measure';
import type { SopDocument } from '../model/types';
import { parseSopFile, serializeSopFile } from './sopFile';
import { fixtureTexts, validEnvelope } from './testDocs';

/*
 * Broken versions of the real fixture files, for the fuzz test and `npm run fuzz`:
 * a fixture's JSON value is changed one to three times (types swapped, keys removed
 * or added, huge texts and lists, deep nesting, `__proto__`, references that name
 * nothing, duplicate ids, many flows), then written as text and maybe broken again
 * as text or bytes (truncated, bytes flipped, characters or duplicate keys put in).
 * checkFuzzInput states what must hold for every one of them.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** A place in a value: a container and the key or index of one of its values. */
interface Slot {
  parent: Container;
  key: string | number;
}

function slotsOf(root: Json): Slot[] {
  const slots: Slot[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        slots.push({ parent: value, key: i });
        visit(item);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        slots.push({ parent: value, key });
        visit(value[key] as Json);
      }
    }
  };
  visit(root);
  return slots;
}

const read = (slot: Slot): Json => (slot.parent as Record<string | number, Json>)[slot.key] as Json;

/** Sets a value as an own property, so even `__proto__` becomes a key in the written JSON. */
function write(slot: Slot, value: Json): void {
  Object.defineProperty(slot.parent, slot.key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

const containers = (root: Json) =>
  slotsOf(root).filter((s) => {
    const v = read(s);
    return v !== null && typeof v === 'object';
  });

/** The fields that hold ids and references, found by their key names. */
const fieldSlots = (root: Json, keys: readonly string[]) =>
  slotsOf(root).filter((s) => typeof s.key === 'string' && keys.includes(s.key));

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1.5, 1e308, '', 'x', [], {}, '2025-02-30'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
);

const valueMutation = fc.oneof(
  // Changes that keep the file valid most of the time, so the read-back rule is tried often.
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('retext' as const),
      at: fc.nat(),
      text: fc.string({ unit: 'binary', maxLength: 40 }),
    }),
  },
  fc.record({ kind: fc.constant('typeSwap' as const), at: fc.nat(), to: anyJson }),
  fc.record({ kind: fc.constant('deleteKey' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('hugeString' as const),
    at: fc.nat(),
    length: fc.oneof(
      fc.integer({ min: 19_990, max: 20_010 }),
      fc.integer({ min: 1, max: 300_000 }),
    ),
    unit: fc.constantFrom('a', 'é', '😀', '\u0000', '"', '\\', '\ud800', '\u2028'),
  }),
  fc.record({
    kind: fc.constant('hugeArray' as const),
    at: fc.nat(),
    count: fc.oneof(fc.integer({ min: 2, max: 2_500 }), fc.integer({ min: 2, max: 120_000 })),
    item: fc.oneof(fc.constant<'copy'>('copy'), anyJson),
  }),
  fc.record({
    kind: fc.constant('deepNest' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 150 }),
    asObject: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', ''),
    value: anyJson,
  }),
  fc.record({
    kind: fc.constant('dangling' as const),
    at: fc.nat(),
    id: fc.oneof(fc.constantFrom('', 'a9', 'n999', 's1'), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('duplicateId' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('manyFlows' as const),
    count: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5_000 })),
    valid: fc.boolean(),
    seed: fc.nat(),
  }),
);
type ValueMutation = typeof valueMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateValue(root: Json, m: ValueMutation): void {
  const all = slotsOf(root);
  switch (m.kind) {
    case 'retext': {
      // Text fields only: ids, references, dates and words like `shape` would be refused.
      const slot = pick(
        all.filter(
          (s) =>
            typeof read(s) === 'string' &&
            (Array.isArray(s.parent) ||
              [
                'activity',
                'requirements',
                'time',
                'output',
                'notes',
                'name',
                'label',
                'unit',
                'number',
                'title',
                'nip',
              ].includes(s.key as string)),
        ),
        m.at,
      );
      if (slot) write(slot, m.text);
      return;
    }
    case 'typeSwap': {
      const slot = pick(all, m.at);
      if (slot) write(slot, structuredClone(m.to));
      return;
    }
    case 'deleteKey': {
      const slot = pick(
        all.filter((s) => !Array.isArray(s.parent)),
        m.at,
      );
      if (slot) delete (slot.parent as Record<string, Json>)[slot.key as string];
      return;
    }
    case 'hugeString': {
      const slot = pick(
        all.filter((s) => typeof read(s) === 'string'),
        m.at,
      );
      if (slot) write(slot, m.unit.repeat(Math.ceil(m.length / m.unit.length)));
      return;
    }
    case 'hugeArray': {
      const slot = pick(
        all.filter((s) => Array.isArray(read(s))),
        m.at,
      );
      if (!slot) return;
      const list = read(slot) as Json[];
      const item = m.item === 'copy' ? (list[0] ?? null) : m.item;
      // A copied item can be a whole step: keep the list to about the size limit, so the
      // text stays one JSON.stringify can write (and big enough to test the limit).
      const itemBytes = JSON.stringify(item)?.length ?? 4;
      const count = Math.min(m.count, Math.ceil((LIMITS.fileBytes * 1.2) / (itemBytes + 1)));
      write(slot, [...list, ...Array.from({ length: count }, () => item)]);
      return;
    }
    case 'deepNest': {
      const slot = pick(all, m.at);
      if (!slot) return;
      let value = read(slot);
      for (let i = 0; i < m.depth; i++) value = m.asObject ? { a: value } : [value];
      write(slot, value);
      return;
    }
    case 'addKey': {
      const slot = pick(
        containers(root).filter((s) => !Array.isArray(read(s))),
        m.at,
      );
      if (slot) write({ parent: read(slot) as Container, key: m.key }, structuredClone(m.value));
      return;
    }
    case 'dangling': {
      const slot = pick(fieldSlots(root, ['actor', 'from', 'to']), m.at);
      if (slot) write(slot, m.id);
      return;
    }
    case 'duplicateId': {
      const ids = fieldSlots(root, ['id']);
      const from = pick(ids, m.from);
      const to = pick(ids, m.to);
      if (from && to) write(to, read(from));
      return;
    }
    case 'manyFlows': {
      const sop = (root as Record<string, Json>).sop as Record<string, Json> | undefined;
      if (!sop || !Array.isArray(sop.flows)) return;
      const symbols = fieldSlots(sop.steps ?? null, ['id'])
        .filter((s) => !Array.isArray(s.parent) && 'shape' in s.parent)
        .map((s) => read(s));
      // An id made long by another change is written twice per flow: like a grown list, the
      // flows stop at about the size limit, so the text stays one JSON.stringify can write.
      let bytes = 0;
      for (let i = 0; i < m.count && bytes < LIMITS.fileBytes * 1.2; i++) {
        const end = (k: number) => (m.valid ? (pick(symbols, m.seed + k) ?? 'x') : `nowhere${k}`);
        const flow = { id: `fz${i}`, from: end(i), to: end(i * 7 + 3), label: '' };
        bytes += JSON.stringify(flow).length + 1;
        sop.flows.push(flow);
      }
      return;
    }
  }
}

const textMutation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('none' as const) }) },
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('flipBytes' as const),
    flips: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })),
      {
        minLength: 1,
        maxLength: 8,
      },
    ),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '\\',
        'null',
        '\uFEFF',
        '\u0000',
        '"__proto__":{},',
      ),
      fc.string({ maxLength: 10 }),
    ),
  }),
  fc.record({
    kind: fc.constant('duplicateKey' as const),
    at: fc.nat(),
    value: fc.constantFrom('1', '"x"', 'null', '[]', '{}', '"a1"'),
  }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

/** One fuzz input: text, or bytes when bytes were flipped (they go through the decoder). */
export type FuzzInput = { text: string } | { bytes: Uint8Array };

function mutateText(text: string, m: TextMutation): FuzzInput {
  const at = (f: number) => Math.floor(f * text.length);
  switch (m.kind) {
    case 'none':
      return { text };
    case 'truncate':
      return { text: text.slice(0, at(m.at)) };
    case 'insert':
      return { text: text.slice(0, at(m.at)) + m.text + text.slice(at(m.at)) };
    case 'duplicateKey': {
      // A key written twice: JSON.parse keeps the last one, silently.
      const keys = [...text.matchAll(/"[A-Za-z]+":/g)];
      const key = pick(keys, m.at);
      if (!key || key.index === undefined) return { text };
      return { text: `${text.slice(0, key.index)}${key[0]}${m.value},${text.slice(key.index)}` };
    }
    case 'flipBytes': {
      const bytes = new TextEncoder().encode(text);
      for (const [where, mask] of m.flips) {
        const i = Math.floor(where * bytes.length);
        if (i < bytes.length) bytes[i] = (bytes[i] as number) ^ mask;
      }
      return { bytes };
    }
  }
}

let bases: Json[] | null = null;
/** The fixtures (and the small test envelope) as JSON values. */
function baseValues(): Json[] {
  bases ??= [
    ...fixtureTexts().map(([, text]) => JSON.parse(text) as Json),
    validEnvelope() as Json,
  ];
  return bases;
}

/** Fuzz inputs: a fixture, changed as a value and then maybe as text or bytes. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc
  .record({
    base: fc.nat(),
    mutations: fc.array(valueMutation, { minLength: 1, maxLength: 3 }),
    pretty: fc.boolean(),
    text: textMutation,
  })
  .map(({ base, mutations, pretty, text }) => {
    const value = structuredClone(pick(baseValues(), base) as Json);
    // The copies in a grown list share one item, so a later change to it would change
    // them all (and a text could grow to gigabytes): one such list per input, made last.
    const grow = mutations.find((m) => m.kind === 'hugeArray');
    for (const m of mutations) if (m.kind !== 'hugeArray') mutateValue(value, m);
    if (grow) mutateValue(value, grow);
    // Indentation multiplies a long list nested deep; only smaller texts are pretty-printed.
    const compact = JSON.stringify(value);
    const written = pretty && compact.length < 2_000_000 ? JSON.stringify(value, null, 2) : compact;
    return mutateText(written, text);
  });

/**
 * A layout crash found by this fuzzing and reported, not fixed here (the layout is
 * another part of the app): two or more flows from one symbol to itself, one with
 * a label, make routeFlows throw a TypeError. The editor never makes such flows
 * (it refuses a flow to its own symbol) but a file may hold them. Documents like
 * that are not laid out unless `strict`; remove this once the layout copes.
 */
export function knownLayoutIssue(doc: SopDocument): boolean {
  const loops = new Map<string, number>();
  for (const flow of doc.flows) {
    if (flow.from === flow.to) loops.set(flow.from, (loops.get(flow.from) ?? 0) + 1);
  }
  return [...loops.values()].some((count) => count >= 2);
}

/** What one input came to; a broken rule throws instead. */
export interface FuzzOutcome {
  accepted: boolean;
  /** Accepted but not laid out, as it has the known layout issue. */
  layoutSkipped: boolean;
  /** Parse time in milliseconds; null when the bytes were refused by the decoder, unparsed. */
  ms: number | null;
}

/** No input may take longer than this to answer: the test is about freezes, not speed. */
export const MAX_PARSE_MS = 2000;

/** Documents this size or smaller are also laid out (larger ones would make the test slow). */
const LAYOUT_MAX_FLOWS = 40;

/**
 * Parses one input and checks the rules: the parser answers (no exception, none
 * turned into "cannot be read"), within MAX_PARSE_MS; an accepted document is
 * written and read back to the same document, and a small one lays out (but see
 * knownLayoutIssue).
 */
export function checkFuzzInput(input: FuzzInput, strict = false): FuzzOutcome {
  let text: string;
  if ('bytes' in input) {
    const decoded = decodeFileText(input.bytes, LIMITS.fileBytes);
    if (!decoded.ok) return { accepted: false, layoutSkipped: false, ms: null };
    text = decoded.text;
  } else {
    text = input.text;
  }
  const start = performance.now();
  const result = parseSopFile(text);
  const ms = performance.now() - start;
  if (ms > MAX_PARSE_MS) throw new Error(`parseSopFile took ${Math.round(ms)} ms`);
  if (!result.ok) {
    // The last-resort refusal means an exception nobody foresaw: a bug to find here.
    if (result.errors.some((e) => e.code === 'unreadable')) {
      throw new Error('parseSopFile hit an unexpected exception (refused as unreadable)');
    }
    if (result.errors.length === 0) throw new Error('refused without a reason');
    return { accepted: false, layoutSkipped: false, ms };
  }
  const again = parseSopFile(serializeSopFile(result.doc));
  if (!again.ok || !isDeepStrictEqual(again.doc, result.doc)) {
    throw new Error('an accepted document does not read back the same after serializeSopFile');
  }
  if (result.doc.flows.length > LAYOUT_MAX_FLOWS)
    return { accepted: true, layoutSkipped: false, ms };
  if (!strict && knownLayoutIssue(result.doc)) return { accepted: true, layoutSkipped: true, ms };
  layoutSheet(result.doc, { measure: sheetMeasurer });
  return { accepted: true, layoutSkipped: false, ms };
}
