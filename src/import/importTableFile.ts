import { documentFromTable, readTable } from '../model/commands';
import { newDocument } from '../model/defaults';
import { joinProcedures, officialProcedures, type SheetProcedure } from './importWorkbook';
import { readTableFile } from './readTableFile';
import { readWorkbook } from './workbook';

export type ImportedFile =
  | { ok: true; procedures: SheetProcedure[] }
  | { ok: false; reason: 'tooLarge' | 'notSpreadsheet' | 'empty' };

/**
 * A spreadsheet file as the SOPs it holds, without asking anything: a workbook in the
 * official layout gives one SOP per flowchart sheet (or one for all, with `join`), any
 * other table its rows as steps, columns read from its header (the CLI's `convert`).
 */
export function importTableFile(
  name: string,
  bytes: Uint8Array,
  base: ReturnType<typeof newDocument>,
  options: { join?: boolean; parseXml?: (text: string) => Document } = {},
): ImportedFile {
  if (name.toLowerCase().endsWith('.xlsx')) {
    const book = readWorkbook(bytes, options.parseXml);
    if (!book.ok) return book;
    const procedures = officialProcedures(book.sheets, base);
    if (procedures.length > 0)
      return { ok: true, procedures: options.join ? [joinProcedures(procedures)] : procedures };
  }
  const table = readTableFile(name, bytes, options.parseXml);
  if (!table.ok) return table;
  const plans = table.sheets.map((sheet) => ({
    sheet,
    plan: readTable(newDocument(''), sheet.rows),
  }));
  const chosen = plans.find((p) => p.plan.fromHeader && p.plan.cells.length > 0) ?? plans[0]!;
  const made = documentFromTable(
    base,
    chosen.plan.cells,
    chosen.plan.roles,
    chosen.plan.actorColumns,
  );
  if (!made) return { ok: false, reason: 'empty' };
  return {
    ok: true,
    procedures: [{ sheet: chosen.sheet.name ?? '', doc: made.doc, problems: [] }],
  };
}
