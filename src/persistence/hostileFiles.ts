import { LIMITS } from '../model/limits';
import { validEnvelope } from './testDocs';

/*
 * Files just under the 10 MiB limit built to be expensive to read: each aims at one
 * step of the parser (the text scan, JSON.parse, the tree check, the list bounds,
 * the schema, the reference check, the messages). Shared by the unit tests and
 * `npm run fuzz`.
 */

/** Just under the file size limit, with room for the envelope around the filler. */
const ROOM = LIMITS.fileBytes - 4096;

/** A JSON list of `make(i)` for i = 0, 1, … until it is about `bytes` long or has `count` items. */
function listUpTo(make: (i: number) => string, bytes = ROOM, count = Infinity): string {
  const items: string[] = [];
  let length = 2;
  for (let i = 0; i < count; i++) {
    const item = make(i);
    if (length + item.length + 1 > bytes) break;
    items.push(item);
    length += item.length + 1;
  }
  return `[${items.join(',')}]`;
}

/** The small valid envelope as text, with the field at `path` (inside `sop`) replaced by raw JSON text. */
function withRaw(path: string[], rawJson: string): string {
  const env = validEnvelope();
  let at = env.sop;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1] as string] = '\u0000';
  // The placeholder is a unique string, so splicing the raw text in is exact.
  const [head, tail] = JSON.stringify(env).split('"\\u0000"') as [string, string];
  return head + rawJson + tail;
}

/** Key names never used before in this process, so each object gets new ones. */
let keyCounter = 0;
const freshKey = () => `k${(keyCounter++).toString(36)}`;

const symbolRow = (i: number, actor: string) =>
  listUpTo((j) => `{"id":"y${i}-${j}","shape":"process","actor":"${actor}"}`, 4900, 100);

/** Named hostile file texts; each is built only when asked for, as they are large. */
export const HOSTILE_FILES: [name: string, build: () => string][] = [
  [
    '60,000 flows naming no symbol',
    () =>
      withRaw(
        ['flows'],
        listUpTo((i) => `{"id":"q${i}","from":"zz","to":"zz","label":""}`, ROOM, 60_000),
      ),
  ],
  [
    'flows naming no symbol, as many as fit',
    () =>
      withRaw(
        ['flows'],
        listUpTo((i) => `{"id":"q${i}","from":"z","to":"z","label":""}`),
      ),
  ],
  [
    '130,000 numbers in a text list',
    () =>
      withRaw(
        ['identity', 'organization'],
        listUpTo(() => '1', 260_000),
      ),
  ],
  [
    'millions of numbers in a text list',
    () =>
      withRaw(
        ['identity', 'legalBasis'],
        listUpTo(() => '1'),
      ),
  ],
  [
    'millions of empty objects as flows',
    () =>
      withRaw(
        ['flows'],
        listUpTo(() => '{}'),
      ),
  ],
  [
    'millions of empty objects in an unknown field',
    () =>
      withRaw(
        ['extra'],
        listUpTo(() => '{}'),
      ),
  ],
  [
    'millions of numbers as flows',
    () =>
      withRaw(
        ['flows'],
        listUpTo(() => '0'),
      ),
  ],
  [
    'millions of empty lists as steps',
    () =>
      withRaw(
        ['steps'],
        listUpTo(() => '[]'),
      ),
  ],
  ['nesting five million levels deep', () => '['.repeat(ROOM / 2) + ']'.repeat(ROOM / 2)],
  [
    'nesting 60 levels deep, many times',
    () =>
      withRaw(
        ['extra'],
        listUpTo(() => `${'['.repeat(60)}${']'.repeat(60)}`),
      ),
  ],
  [
    'one object with 700,000 distinct keys',
    () =>
      withRaw(
        ['extra'],
        `{${Array.from({ length: 700_000 }, () => `"${freshKey()}":0`).join(',')}}`,
      ),
  ],
  [
    'objects of 20 distinct keys each',
    () =>
      withRaw(
        ['extra'],
        listUpTo(() => `{${Array.from({ length: 20 }, () => `"${freshKey()}":0`).join(',')}}`),
      ),
  ],
  ['one 10 MiB text', () => withRaw(['identity', 'name'], JSON.stringify('x'.repeat(ROOM)))],
  [
    'a 10 MiB logo',
    () =>
      withRaw(['identity', 'logo'], JSON.stringify(`data:image/png;base64,${'A'.repeat(ROOM)}`)),
  ],
  ['a text of escapes', () => withRaw(['identity', 'name'], `"${'\\u0041'.repeat(ROOM / 6)}"`)],
  ['a text of escaped quotes', () => withRaw(['identity', 'unit'], `"${'\\"'.repeat(ROOM / 2)}"`)],
  ['10 MiB of white space', () => withRaw(['extra'], `${' '.repeat(ROOM)}1`)],
  ['a number of 10 million digits', () => withRaw(['extra'], '1'.repeat(ROOM))],
  ['broken at the very end', () => withRaw(['extra'], listUpTo(() => '0').slice(0, -1))],
  ['an unclosed string', () => withRaw(['extra'], `"${'a'.repeat(ROOM)}`)],
  [
    'steps of 100 symbols naming no actor',
    () =>
      withRaw(
        ['steps'],
        listUpTo(
          (i) =>
            `{"id":"x${i}","activity":"","requirements":"","time":"","output":"","notes":"","symbols":${symbolRow(i, 'zz')}}`,
          ROOM,
          LIMITS.steps,
        ),
      ),
  ],
  [
    '2,000 steps of wrongly typed fields',
    () =>
      withRaw(
        ['steps'],
        listUpTo(
          () =>
            `{"id":1,"activity":1,"requirements":1,"time":1,"output":1,"notes":1,"symbols":${listUpTo(() => '1', ROOM, 100)}}`,
          ROOM,
          LIMITS.steps,
        ),
      ),
  ],
  [
    'one id used for every flow',
    () =>
      withRaw(
        ['flows'],
        listUpTo(() => '{"id":"f1","from":"n1","to":"n2","label":""}'),
      ),
  ],
  [
    'a valid SOP with as many flows as fit',
    () =>
      withRaw(
        ['flows'],
        listUpTo((i) => `{"id":"f${i}","from":"n1","to":"n2","label":""}`),
      ),
  ],
];
