// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../export/xlsx/workbook';
import { layoutSheet } from '../layout/layoutSheet';
import { generateSop, seededRandom } from '../layout/testing/generateSop';
import { sheetMeasurer } from '../layout/text/measure';
import { newDocument } from '../model/defaults';
import type { SopDocument } from '../model/types';
import { findOfficialTable, sopFromOfficialSheet } from './officialLayout';
import { readWorkbook, type WorkbookSheet } from './workbook';

// The jsdom environment has no file: URL for this module; the tests run from the project root.
const read = (...path: string[]) => new Uint8Array(readFileSync(join(process.cwd(), ...path)));

function fixture(name: string): SopDocument {
  const text = new TextDecoder().decode(read('tests', 'fixtures', `${name}.sop.json`));
  return (JSON.parse(text) as { sop: SopDocument }).sop;
}

function sheets(bytes: Uint8Array): WorkbookSheet[] {
  const book = readWorkbook(bytes);
  if (!book.ok) throw new Error(book.reason);
  return book.sheets;
}

/**
 * What an SOP's sheet says, without its ids: actors, steps with their symbols (by
 * shape, actor and place in the actor's cell: the sheet has no order across actors),
 * flows between those places.
 */
function content(doc: SopDocument) {
  const actor = new Map(doc.actors.map((a, i) => [a.id, i]));
  const place = new Map(
    doc.steps.flatMap((s, i) =>
      s.symbols.map((y) => {
        const k = s.symbols.filter((o) => o.actor === y.actor).indexOf(y);
        return [y.id, `${i + 1}@${actor.get(y.actor)}.${k}`] as const;
      }),
    ),
  );
  return {
    actors: doc.actors.map((a) => a.name),
    steps: doc.steps.map((s) => ({
      activity: s.activity,
      requirements: s.requirements,
      time: s.time,
      output: s.output,
      notes: s.notes,
      symbols: s.symbols.map((y) => `${y.shape}@${actor.get(y.actor)}`).sort(),
    })),
    flows: doc.flows
      .map((f) => `${place.get(f.from)} > ${place.get(f.to)}${f.label ? ` : ${f.label}` : ''}`)
      .sort(),
  };
}

function roundTrip(doc: SopDocument) {
  const bytes = writeWorkbook(doc, layoutSheet(doc, { measure: sheetMeasurer }));
  const sheet = sheets(bytes).find((s) => s.name === 'Diagram Alir')!;
  return sopFromOfficialSheet(sheet, newDocument(''))!;
}

describe('a workbook Alir exported', () => {
  it.each(['sop-009', 'sop-024', 'sop-098', 'sop-314'])(
    '%s reads back to the same steps, actors, symbols, flows and labels',
    (name) => {
      const doc = fixture(name);
      const back = roundTrip(doc);
      expect(back.problems).toEqual([]);
      expect(content(back.doc)).toEqual(content(doc));
    },
  );

  it.each([
    [1, 30, 4, 'A4', 'landscape'],
    [2, 60, 7, 'F4', 'portrait'],
    [3, 45, 2, 'Legal', 'landscape'],
  ] as const)(
    'generated SOP %i (%i steps, %i actors, %s %s), across page crossings, reads back the same',
    (seed, steps, actors, paper, orientation) => {
      const doc = generateSop({
        seed,
        steps,
        actors,
        decisionRate: 0.25,
        loopRate: 0.1,
        multiSymbolRate: 0.2,
        paper,
        orientation,
      });
      const back = roundTrip(doc);
      expect(back.problems).toEqual([]);
      expect(content(back.doc)).toEqual(content(doc));
    },
  );
});

describe('workbooks Alir exported from random SOPs', () => {
  // 1–10 actors, decisions, loops, stacked symbols, page breaks, every paper, with and
  // without connector letters: every page crossing's pentagon pair must be found again.
  const rnd = seededRandom(7);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const papers = ['A4', 'F4', 'Letter', 'Legal'] as const;
  const docs = Array.from({ length: 30 }, () =>
    generateSop({
      seed: int(1, 1e9),
      steps: int(5, 60),
      actors: int(1, 10),
      decisionRate: rnd() * 0.3,
      loopRate: rnd() * 0.15,
      multiSymbolRate: rnd() * 0.3,
      pageBreakRate: rnd() * 0.05,
      paper: papers[int(0, 3)],
      orientation: rnd() < 0.5 ? 'portrait' : 'landscape',
      connectorLetters: rnd() < 0.5,
    }),
  );

  it.each(docs.map((d, i) => [i, d] as const))('random SOP %i reads back the same', (_, doc) => {
    const back = roundTrip(doc);
    expect(back.problems).toEqual([]);
    expect(content(back.doc)).toEqual(content(doc));
  });
});

describe("an agency's workbook in the official layout", () => {
  const book = sheets(read('tests', 'fixtures', 'xlsx', 'sop-verifikasi-berita.xlsx'));
  const flowchart = book[1]!;

  it('finds the table: the header rows, the actor columns and the Mutu Baku columns', () => {
    expect(findOfficialTable(book[0]!)).toBeNull();
    const table = findOfficialTable(flowchart)!;
    expect(table.headerRow).toBe(3);
    expect(table.bodyRow).toBe(5);
    expect(table.actors.map((a) => a.col)).toEqual([2, 3, 4, 5, 6]);
    expect([...table.roles]).toEqual([
      [0, 'no'],
      [1, 'activity'],
      [7, 'requirements'],
      [8, 'time'],
      [9, 'output'],
      [10, 'notes'],
    ]);
  });

  // Counted from its drawing2.xml: 8 symbol shapes (2 flowChartTerminator, 5 rect, 1 diamond),
  // 6 homePlate pentagons, 5 text boxes, 11 connectors (one unglued at its start); three
  // pairs of connectors meet through pentagon pairs at the page break, so 11 - 3 = 8 flows.
  it('becomes steps with their symbols, glued and unglued arrows as flows, and the decision labels', () => {
    const { doc, problems } = sopFromOfficialSheet(flowchart, newDocument(''))!;
    const got = content(doc);
    expect(got.actors).toEqual([
      'Petugas Komunikasi',
      'Kepala Siaga BCC',
      'Kepala Siaga Kantor Pencarian dan Pertolongan',
      'Petugas Komunikasi Kantor Pencarian dan Pertolongan',
      'Instansi/ Organisasi / Perusahaan Kapal atau Maskapai Penerbangan',
    ]);
    expect(got.steps.map((s) => s.symbols)).toEqual([
      ['terminator@0'],
      ['process@1'],
      ['process@0'],
      ['process@2'],
      ['process@3'],
      ['process@4'],
      ['decision@2'],
      ['terminator@1'],
    ]);
    expect(got.steps[0]!.activity).toMatch(/^Menerima informasi laporan Kejadian/);
    expect(got.steps[7]!.notes).toBe('SOP Penanganan Berita');
    // The pentagon pairs at the page break are the crossings they stand for; the
    // unglued arrow out of step 5 reaches step 6 through them too.
    expect(got.flows).toEqual([
      '1@0.0 > 2@1.0',
      '2@1.0 > 3@0.0',
      '3@0.0 > 4@2.0',
      '4@2.0 > 5@3.0',
      '5@3.0 > 6@4.0',
      '5@3.0 > 7@2.0',
      '7@2.0 > 5@3.0 : Tidak',
      '7@2.0 > 8@1.0 : Ya',
    ]);
    // Two text boxes stand by no exit of a symbol (one by the arrow out of a pentagon): said where they are.
    expect(problems).toEqual([
      { code: 'strayText', cell: 'E10', name: 'TextBox 7' },
      { code: 'strayText', cell: 'F13', name: 'TextBox 35' },
    ]);
  });
});
