// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../export/xlsx/workbook';
import { layoutSheet } from '../layout/layoutSheet';
import { seededRandom } from '../layout/testing/generateSop';
import { sheetMeasurer } from '../layout/text/measure';
import { newDocument } from '../model/defaults';
import { validateDocument } from '../model/validate';
import type { SopDocument } from '../model/types';
import { importTableFile } from './importTableFile';

/*
 * Broken workbooks: cut short, bytes flipped, and — inside an intact zip — their sheet
 * and drawing XML mangled (chunks dropped or repeated, numbers swapped for huge or
 * negative ones, ids and glue pointed elsewhere). The import must answer every one with
 * SOPs the file format accepts or a reason, never throw (a hang fails the test's timeout).
 */

const read = (...path: string[]) => new Uint8Array(readFileSync(join(process.cwd(), ...path)));

function exported(): Uint8Array {
  const text = new TextDecoder().decode(read('tests', 'fixtures', 'sop-098.sop.json'));
  const doc = (JSON.parse(text) as { sop: SopDocument }).sop;
  return writeWorkbook(doc, layoutSheet(doc, { measure: sheetMeasurer }));
}

const SOURCES: [string, Uint8Array][] = [
  ['agency', read('tests', 'fixtures', 'xlsx', 'sop-verifikasi-berita.xlsx')],
  ['export', exported()],
];

const NUMBERS = ['-1', '0', '99999999999', '1e308', 'NaN', '-2147483648', '16384', '1048576', ''];

function mangle(xml: string, rnd: () => number): string {
  const pick = (n: number) => Math.floor(rnd() * n);
  let out = xml;
  for (let k = 0; k < 1 + pick(6); k++) {
    const at = pick(out.length);
    const len = 1 + pick(400);
    switch (pick(4)) {
      case 0: // drop a chunk
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 1: // repeat a chunk
        out = out.slice(0, at) + out.slice(at, at + len).repeat(1 + pick(20)) + out.slice(at);
        break;
      default: // swap a number for a hostile one
        out = out.replace(/\d+/g, (m) => (rnd() < 0.05 ? NUMBERS[pick(NUMBERS.length)]! : m));
    }
  }
  return out;
}

function check(bytes: Uint8Array): void {
  const result = importTableFile('x.xlsx', bytes, newDocument('Fuzz'));
  if (!result.ok) {
    expect(['tooLarge', 'notSpreadsheet', 'empty']).toContain(result.reason);
    return;
  }
  for (const p of result.procedures) {
    const verdict = validateDocument(JSON.parse(JSON.stringify(p.doc)));
    expect(verdict.ok ? [] : verdict.errors.slice(0, 3), p.sheet).toEqual([]);
  }
}

describe('importing broken workbooks', () => {
  it.each(SOURCES)('%s cut short at 40 places reads or is refused', (_, bytes) => {
    for (let k = 1; k <= 40; k++) check(bytes.subarray(0, Math.floor((bytes.length * k) / 41)));
  });

  it.each(SOURCES)(
    '%s with bytes flipped reads or is refused',
    { timeout: 120_000 },
    (_, bytes) => {
      const rnd = seededRandom(5);
      for (let k = 0; k < 20; k++) {
        const copy = bytes.slice();
        for (let f = 0; f < 1 + Math.floor(rnd() * 8); f++)
          copy[Math.floor(rnd() * copy.length)] = Math.floor(rnd() * 256);
        check(copy);
      }
    },
  );

  it.each(SOURCES)(
    '%s with its sheet and drawing XML mangled reads or is refused',
    (_, bytes) => {
      const rnd = seededRandom(11);
      const parts = unzipSync(bytes);
      const targets = Object.keys(parts).filter((n) =>
        /^xl\/(worksheets|drawings)\/[^/]+\.xml$/.test(n),
      );
      for (let k = 0; k < 50; k++) {
        const copy = { ...parts };
        const name = targets[Math.floor(rnd() * targets.length)]!;
        copy[name] = strToU8(mangle(strFromU8(parts[name]!), rnd));
        check(zipSync(copy));
      }
    },
    120_000,
  );
});
