import { describe, expect, it } from 'vitest';
import { formatFileError, parseSopFile } from './sopFile';
import { jpegHeader, logoUrl, pngHeader, validEnvelope } from './testDocs';
import type { FileErrorCode } from '../model/fileErrors';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases break a plain JSON value field by field */

type Case = [
  name: string,
  input: string | ((env: any) => unknown),
  code: FileErrorCode,
  path: string,
];

const png = (bytes: number) => `data:image/png;base64,${'A'.repeat(Math.ceil(bytes / 3) * 4)}`;
const step = (i: number) => ({
  id: `x${i}`,
  activity: '',
  requirements: '',
  time: '',
  output: '',
  notes: '',
  symbols: [{ id: `y${i}`, shape: 'process', actor: 'a1' }],
});
const base64 = (text: string) => Buffer.from(text).toString('base64');
const logoCase = (name: string, logo: string, code: FileErrorCode): Case => [
  name,
  (e) => void (e.sop.identity.logo = logo),
  code,
  'identity.logo',
];
const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

const CASES: Case[] = [
  ['not JSON', '{"format": "sop-ap",', 'notJsonAt', ''],
  ['empty string', '', 'empty', ''],
  ['whitespace only', '  \n ', 'empty', ''],
  ['array instead of object', '[]', 'notObject', ''],
  ['a bare number', '42', 'notObject', ''],
  ['unknown envelope shape', '{"hello": 1}', 'missing', 'format'],
  ['document without envelope', (e) => e.sop, 'bareDocument', ''],
  ['wrong format name', (e) => ({ ...e, format: 'sop-xy' }), 'wrongFormat', 'format'],
  [
    'library given as one SOP',
    '{"format":"sop-ap-library","version":1,"documents":[]}',
    'isLibrary',
    '',
  ],
  ['newer version', (e) => ({ ...e, version: 3 }), 'newerVersion', 'version'],
  ['version 2 without an id', (e) => ({ ...e, version: 2, modified: null }), 'missing', 'id'],
  [
    'version 2 with an empty id',
    (e) => ({ ...e, version: 2, id: '', modified: null }),
    'badDocumentId',
    'id',
  ],
  [
    'version 2 with a numeric id',
    (e) => ({ ...e, version: 2, id: 7, modified: null }),
    'badDocumentId',
    'id',
  ],
  [
    'version 2 with an id of 101 characters',
    (e) => ({ ...e, version: 2, id: 'x'.repeat(101), modified: null }),
    'badDocumentId',
    'id',
  ],
  [
    'version 2 without a modified time',
    (e) => ({ ...e, version: 2, id: 'a' }),
    'missing',
    'modified',
  ],
  [
    'version 2 with a date for a time',
    (e) => ({ ...e, version: 2, id: 'a', modified: '2026-12-04' }),
    'badDateTime',
    'modified',
  ],
  [
    'version 2 with an impossible time',
    (e) => ({ ...e, version: 2, id: 'a', modified: '2026-13-45T99:00:00Z' }),
    'badDateTime',
    'modified',
  ],
  ['version 0', (e) => ({ ...e, version: 0 }), 'badVersion', 'version'],
  ['version as string', (e) => ({ ...e, version: '1' }), 'badVersion', 'version'],
  ['fractional version', (e) => ({ ...e, version: 1.5 }), 'badVersion', 'version'],
  ['missing version', (e) => ({ format: e.format, sop: e.sop }), 'missing', 'version'],
  ['null sop', (e) => ({ ...e, sop: null }), 'wrongType', 'sop'],
  ['sop is an array', (e) => ({ ...e, sop: [] }), 'wrongType', 'sop'],
  ['missing sop', (e) => ({ format: e.format, version: 1 }), 'missing', 'sop'],
  [
    'wrong type (number for text)',
    (e) => void (e.sop.identity.name = 5),
    'wrongType',
    'identity.name',
  ],
  ['wrong type (object for list)', (e) => void (e.sop.steps = {}), 'wrongType', 'steps'],
  [
    'list item of wrong type',
    (e) => void e.sop.identity.organization.push(7),
    'wrongType',
    'identity.organization[2]',
  ],
  [
    'missing step field',
    (e) => void delete e.sop.steps[1].activity,
    'missing',
    'steps[1].activity',
  ],
  [
    'bad shape word',
    (e) => void (e.sop.steps[0].symbols[0].shape = 'circle'),
    'notOneOf',
    'steps[0].symbols[0].shape',
  ],
  ['bad paper', (e) => void (e.sop.sheet = { paper: 'A3' }), 'notOneOf', 'sheet.paper'],
  [
    'bad orientation',
    (e) => void (e.sop.sheet = { orientation: 'sideways' }),
    'notOneOf',
    'sheet.orientation',
  ],
  [
    'label of wrong type',
    (e) => void (e.sop.sheet = { labels: { time: 3 } }),
    'wrongType',
    'sheet.labels.time',
  ],
  [
    'pageBreakBefore not boolean',
    (e) => void (e.sop.steps[2].pageBreakBefore = 'yes'),
    'wrongType',
    'steps[2].pageBreakBefore',
  ],
  [
    'date with slashes',
    (e) => void (e.sop.identity.createdDate = '2025/06/02'),
    'badDate',
    'identity.createdDate',
  ],
  [
    'date without zero padding',
    (e) => void (e.sop.identity.revisionDate = '2025-6-2'),
    'badDate',
    'identity.revisionDate',
  ],
  [
    '30 February',
    (e) => void (e.sop.identity.effectiveDate = '2025-02-30'),
    'impossibleDate',
    'identity.effectiveDate',
  ],
  [
    '29 February in a common year',
    (e) => void (e.sop.identity.createdDate = '2025-02-29'),
    'impossibleDate',
    'identity.createdDate',
  ],
  [
    'month 13',
    (e) => void (e.sop.identity.createdDate = '2025-13-01'),
    'impossibleDate',
    'identity.createdDate',
  ],
  ['duplicate id actor/flow', (e) => void (e.sop.flows[0].id = 'a2'), 'duplicateId', 'flows[0].id'],
  [
    'duplicate id step/symbol',
    (e) => void (e.sop.steps[1].symbols[0].id = 's1'),
    'duplicateId',
    'steps[1].symbols[0].id',
  ],
  [
    'dangling actor',
    (e) => void (e.sop.steps[1].symbols[0].actor = 'a9'),
    'unknownActor',
    'steps[1].symbols[0].actor',
  ],
  [
    'dangling flow from',
    (e) => void (e.sop.flows[1].from = 'n9'),
    'unknownSymbol',
    'flows[1].from',
  ],
  ['dangling flow to', (e) => void (e.sop.flows[2].to = 's1'), 'unknownSymbol', 'flows[2].to'],
  [
    'step with no symbols',
    (e) => void (e.sop.steps[1].symbols = []),
    'noSymbols',
    'steps[1].symbols',
  ],
  [
    'too many steps',
    (e) => void (e.sop.steps = Array.from({ length: 2001 }, (_, i) => step(i))),
    'tooManySteps',
    'steps',
  ],
  [
    'too many actors',
    (e) =>
      void e.sop.actors.push(...Array.from({ length: 49 }, (_, i) => ({ id: `b${i}`, name: '' }))),
    'tooManyActors',
    'actors',
  ],
  [
    'oversize text',
    (e) => void (e.sop.steps[0].activity = 'x'.repeat(20_001)),
    'textTooLong',
    'steps[0].activity',
  ],
  [
    'logo as SVG',
    (e) => void (e.sop.identity.logo = 'data:image/svg+xml;base64,PHN2Zz4='),
    'logoType',
    'identity.logo',
  ],
  [
    'logo as remote URL',
    (e) => void (e.sop.identity.logo = 'https://example.org/logo.png'),
    'logoType',
    'identity.logo',
  ],
  [
    'logo too big',
    (e) => void (e.sop.identity.logo = png(256 * 1024 + 3)),
    'logoTooLarge',
    'identity.logo',
  ],
  [
    'logo not base64',
    (e) => void (e.sop.identity.logo = 'data:image/png;base64,ab$d'),
    'logoBase64',
    'identity.logo',
  ],
  [
    'logo with empty data',
    (e) => void (e.sop.identity.logo = 'data:image/jpeg;base64,'),
    'logoBase64',
    'identity.logo',
  ],
  logoCase(
    'SVG labelled as PNG',
    `data:image/png;base64,${base64('<svg xmlns="http://www.w3.org/2000/svg"/>')}`,
    'logoNotImage',
  ),
  logoCase(
    'HTML labelled as JPEG',
    `data:image/jpeg;base64,${base64('<html><script>alert(1)</script></html>')}`,
    'logoNotImage',
  ),
  logoCase(
    'random bytes labelled as PNG',
    `data:image/png;base64,${base64('\x01\x02\x03\x04')}`,
    'logoNotImage',
  ),
  logoCase('JPEG bytes labelled as PNG', logoUrl('png', jpegHeader(10, 10)), 'logoNotImage'),
  logoCase('PNG bytes labelled as JPEG', logoUrl('jpeg', pngHeader(10, 10)), 'logoNotImage'),
  logoCase(
    'PNG cut before its IHDR chunk',
    logoUrl('png', pngHeader(10, 10).slice(0, 20)),
    'logoNotImage',
  ),
  logoCase('PNG of zero width', logoUrl('png', pngHeader(0, 10)), 'logoNotImage'),
  logoCase(
    'JPEG without a frame header',
    logoUrl('jpeg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xd9])),
    'logoNotImage',
  ),
  logoCase('JPEG of a lossless frame', logoUrl('jpeg', jpegHeader(10, 10, 0xc3)), 'logoNotImage'),
  logoCase('PNG wider than 8192 pixels', logoUrl('png', pngHeader(8193, 1)), 'logoTooManyPixels'),
  logoCase('PNG of 25 million pixels', logoUrl('png', pngHeader(5000, 5000)), 'logoTooManyPixels'),
  logoCase(
    'JPEG taller than 8192 pixels',
    logoUrl('jpeg', jpegHeader(1, 9000, 0xc2)),
    'logoTooManyPixels',
  ),
  [
    '__proto__ key',
    '{"format":"sop-ap","version":1,"sop":{"__proto__":{"polluted":1}}}',
    'forbiddenKey',
    '__proto__',
  ],
  [
    'constructor key in a step',
    (e) => void (e.sop.steps[0].constructor = {}),
    'forbiddenKey',
    'steps[0].constructor',
  ],
  ['prototype key in the envelope', (e) => void (e.prototype = 1), 'forbiddenKey', 'prototype'],
  ['nesting too deep', (e) => void (e.sop.extra = nested(80)), 'tooDeep', ''],
  ['file over 10 MiB', `{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`, 'tooLarge', ''],
];

function textOf(input: Case[1]): string {
  if (typeof input === 'string') return input;
  const env = validEnvelope();
  const replaced = input(env);
  return JSON.stringify(replaced === undefined ? env : replaced);
}

describe('parseSopFile refuses bad input', () => {
  it.each(CASES)('%s', (_name, input, code, path) => {
    const result = parseSopFile(textOf(input));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (code === 'tooDeep') {
      expect(result.errors[0]?.code).toBe('tooDeep');
      expect(result.errors[0]?.path).toMatch(/^extra(\.a)+$/);
      return;
    }
    expect(result.errors).toContainEqual(expect.objectContaining({ code, path }));
  });

  it.each([
    ['PNG', logoUrl('png', pngHeader(512, 300))],
    ['baseline JPEG', logoUrl('jpeg', jpegHeader(512, 300))],
    ['progressive JPEG', logoUrl('jpeg', jpegHeader(300, 512, 0xc2))],
    ['PNG of 4000 × 4000 pixels', logoUrl('png', pngHeader(4000, 4000))],
    ['PNG 8192 pixels wide', logoUrl('png', pngHeader(8192, 1))],
  ])('accepts a logo that is a %s', (_name, logo) => {
    const env = validEnvelope();
    env.sop.identity.logo = logo;
    expect(parseSopFile(JSON.stringify(env)).ok).toBe(true);
  });

  it('names the size of a logo with too many pixels', () => {
    const env = validEnvelope();
    env.sop.identity.logo = logoUrl('png', pngHeader(5000, 5000));
    const result = parseSopFile(JSON.stringify(env));
    expect(result.ok ? '' : formatFileError(result.errors[0]!, 'en')).toBe(
      'Logo: the logo picture is too large (5000 × 5000 pixels); the limit is 8192 pixels a side and 16000000 pixels in all (identity.logo)',
    );
    const svg = validEnvelope();
    svg.sop.identity.logo = `data:image/png;base64,${base64('<svg/>')}`;
    const refused = parseSopFile(JSON.stringify(svg));
    expect(refused.ok ? '' : formatFileError(refused.errors[0]!, 'id')).toBe(
      'Logo: isi logo bukan gambar PNG yang dapat dibaca (identity.logo)',
    );
  });

  it('the valid envelope the cases start from is accepted', () => {
    expect(parseSopFile(JSON.stringify(validEnvelope())).ok).toBe(true);
  });
});
