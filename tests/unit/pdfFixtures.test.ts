import { loadNodeSheetFonts } from '../../src/export/pdf/nodeFontFiles';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSopPdf } from '../../src/export/exportSopPdf';
import { parseSopFile } from '../../src/persistence/sopFile';
import type { SopDocument } from '../../src/model/types';
import { hasPoppler, normalize, pdfInfo, pdfWords, writeTemp } from './pdfTools';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.sop.json'));

function load(name: string): SopDocument {
  const parsed = parseSopFile(readFileSync(new URL(name, FIXTURES), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.doc;
}

/** What the reader must find: the text as typed (the embedded fonts print every character of it). */
const expected = (text: string): string => normalize(text);

describe.skipIf(!hasPoppler)('the exported PDF of every fixture', () => {
  it('has fixtures to check', () => expect(names.length).toBeGreaterThanOrEqual(4));

  for (const name of names) {
    it(`${name}: every activity, actor and identity field is real text; page count matches`, async () => {
      const doc = load(name);
      const pdf = await exportSopPdf(doc, loadNodeSheetFonts);
      const path = writeTemp(pdf.bytes, pdf.fileName);
      expect(Number(pdfInfo(path)['Pages'])).toBe(pdf.pageCount);
      expect(pdfInfo(path)['Title']).toBe(doc.identity.name);

      // -raw keeps drawing order, so a wrapped cell's words stay in sequence.
      const words = pdfWords(path, ['-raw']);
      const { identity } = doc;
      const wanted = [
        ...doc.steps.map((s) => s.activity),
        ...doc.actors.map((a) => a.name),
        identity.number,
        identity.name,
        identity.unit,
        identity.approver.name,
        ...identity.organization,
        ...identity.legalBasis,
      ].filter((t) => t.trim() !== '');
      const missing = wanted.filter((t) => !words.includes(expected(t)));
      expect(missing).toEqual([]);
    });
  }
});
