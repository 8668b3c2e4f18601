import { normalHeader } from '../model/commands';
import { createIdAllocator } from '../model/ids';
import type { SopDocument } from '../model/types';
import { identityFromSheet } from './identitySheet';
import { findOfficialTable, sopFromOfficialSheet, type ImportProblem } from './officialLayout';
import type { WorkbookSheet } from './workbook';

/** One flowchart sheet of a workbook read as an SOP, and what on it could not be read. */
export interface SheetProcedure {
  sheet: string;
  doc: SopDocument;
  problems: ImportProblem[];
}

/**
 * The procedures a workbook draws in the official layout (one per flowchart sheet), each
 * with the identity its identity sheet names (an agency's COVER, Alir's Identitas); an
 * empty list when no sheet has the official table (the workbook is then a flat table).
 */
export function officialProcedures(
  sheets: readonly WorkbookSheet[],
  base: SopDocument,
): SheetProcedure[] {
  const identities = sheets
    .filter((s) => !findOfficialTable(s))
    .map((s) => identityFromSheet(s, base.identity))
    .filter((r) => r.found > 0)
    .sort((a, b) => b.found - a.found);
  const identity = identities[0]?.identity ?? base.identity;
  const out: SheetProcedure[] = [];
  for (const sheet of sheets) {
    const read = sopFromOfficialSheet(sheet, { ...base, identity });
    if (!read) continue;
    const name = identity.name.trim() || sheetTitle(sheet) || base.identity.name;
    out.push({
      sheet: sheet.name,
      doc: { ...read.doc, identity: { ...identity, name } },
      problems: read.problems,
    });
  }
  // Several flowcharts sharing one identity sheet are told apart by their sheets' titles.
  if (out.length > 1 && identities.length > 0) {
    const sheetOf = new Map(sheets.map((s) => [s.name, s]));
    for (const p of out) {
      const title = sheetTitle(sheetOf.get(p.sheet)!);
      if (title) p.doc = { ...p.doc, identity: { ...p.doc.identity, name: title } };
    }
  }
  return out;
}

/** The SOP's name as a flowchart sheet's title rows give it ("STANDAR OPERASIONAL PROSEDUR" aside). */
function sheetTitle(sheet: WorkbookSheet): string {
  const table = findOfficialTable(sheet);
  if (!table) return '';
  const lines: string[] = [];
  for (let r = 0; r < table.headerRow; r++) {
    for (const cell of sheet.cells[r] ?? []) {
      const text = cell?.trim() ?? '';
      const plain = normalHeader(text);
      if (text === '' || plain === 'standar operasional prosedur' || plain === 'sop') continue;
      lines.push(text.replace(/\s+/g, ' '));
    }
  }
  return lines.join(' ');
}

/**
 * Several flowchart sheets as one procedure split into pages: their steps one after the
 * other (a page break before each sheet's first), actors of the same name one column.
 * A crossing between sheets drawn as pentagons stays unread (their partners are on
 * another sheet): each sheet's problems are kept, named by sheet.
 */
export function joinProcedures(procedures: readonly SheetProcedure[]): SheetProcedure {
  const first = procedures[0]!;
  const doc: SopDocument = { ...first.doc, actors: [], steps: [], flows: [] };
  const nextId = createIdAllocator(doc);
  const actorByName = new Map<string, string>();
  const problems: ImportProblem[] = [];
  procedures.forEach((p, k) => {
    const actor = new Map<string, string>();
    for (const a of p.doc.actors) {
      const key = a.name.trim().toLowerCase();
      let id = actorByName.get(key);
      if (!id) {
        id = nextId('a');
        actorByName.set(key, id);
        doc.actors.push({ id, name: a.name });
      }
      actor.set(a.id, id);
    }
    const symbol = new Map<string, string>();
    p.doc.steps.forEach((s, i) => {
      doc.steps.push({
        ...s,
        id: nextId('s'),
        symbols: s.symbols.map((y) => {
          const id = nextId('n');
          symbol.set(y.id, id);
          return { ...y, id, actor: actor.get(y.actor)! };
        }),
        ...(k > 0 && i === 0 ? { pageBreakBefore: true } : {}),
      });
    });
    for (const f of p.doc.flows) {
      doc.flows.push({ ...f, id: nextId('f'), from: symbol.get(f.from)!, to: symbol.get(f.to)! });
    }
    problems.push(...p.problems.map((x) => ({ ...x, cell: `${p.sheet}!${x.cell}` })));
  });
  return { sheet: first.sheet, doc, problems };
}
