import { strFromU8, unzipSync } from 'fflate';
import { csvDelimiter, parseDelimitedText } from '../model/commands/tabular';

/*
 * A spreadsheet file as rows of cell texts: CSV/TSV as text, .xlsx as its first worksheet
 * (shared and inline strings, numbers as written). Reading the flowchart drawn in a
 * workbook is a separate step; this is the flat table one row per step.
 */

/** One sheet's cells (a CSV file is one sheet without a name). */
export interface TableSheet {
  name: string | null;
  rows: string[][];
}

export type TableFile =
  | { ok: true; sheets: TableSheet[] }
  | { ok: false; reason: 'tooLarge' | 'notSpreadsheet' | 'empty' };

/** Bigger than any SOP table an office keeps; stops a zip bomb before it is inflated. */
const MAX_PART_BYTES = 50 * 1024 * 1024;
const MAX_ROWS = 5000;
const MAX_SHEETS = 20;
const MAX_COLUMNS = 200;
export const MAX_TABLE_FILE_BYTES = 10 * 1024 * 1024;

const XLSX_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Reads a table file by its name's extension; `parseXml` is the DOMParser of the page. */
export function readTableFile(
  name: string,
  bytes: Uint8Array,
  parseXml: (text: string) => Document = (text) =>
    new DOMParser().parseFromString(text, 'application/xml'),
): TableFile {
  if (bytes.length > MAX_TABLE_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes, parseXml);
  const text = new TextDecoder('utf-8').decode(bytes);
  const delimiter = lower.endsWith('.tsv') ? '\t' : csvDelimiter(text);
  const rows = parseDelimitedText(text.replace(/(\r?\n)+$/, ''), delimiter);
  return hasText(rows)
    ? { ok: true, sheets: [{ name: null, rows }] }
    : { ok: false, reason: 'empty' };
}

function readXlsx(bytes: Uint8Array, parseXml: (text: string) => Document): TableFile {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) =>
        f.originalSize <= MAX_PART_BYTES &&
        (f.name === 'xl/workbook.xml' ||
          f.name === 'xl/_rels/workbook.xml.rels' ||
          f.name === 'xl/sharedStrings.xml' ||
          f.name.startsWith('xl/worksheets/sheet')),
    });
  } catch {
    return { ok: false, reason: 'notSpreadsheet' };
  }
  const xml = (path: string) => {
    const part = parts[path];
    return part ? parseXml(strFromU8(part)) : null;
  };
  const workbook = xml('xl/workbook.xml');
  const rels = xml('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return { ok: false, reason: 'notSpreadsheet' };
  const strings = sharedStrings(xml('xl/sharedStrings.xml'));
  const sheets: TableSheet[] = [];
  for (const sheet of [...workbook.getElementsByTagNameNS(XLSX_MAIN, 'sheet')].slice(
    0,
    MAX_SHEETS,
  )) {
    const relId = sheet.getAttributeNS(REL_NS, 'id') ?? sheet.getAttribute('r:id');
    const target = [...rels.getElementsByTagName('Relationship')]
      .find((r) => r.getAttribute('Id') === relId)
      ?.getAttribute('Target');
    if (!target) continue;
    const worksheet = xml(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    if (!worksheet) continue;
    const rows = sheetRows(worksheet, strings);
    if (hasText(rows)) sheets.push({ name: sheet.getAttribute('name'), rows });
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, reason: 'empty' };
}

const hasText = (rows: readonly string[][]) => rows.some((r) => r.some((c) => c.trim() !== ''));

function sheetRows(worksheet: Document, strings: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const cell of worksheet.getElementsByTagNameNS(XLSX_MAIN, 'c')) {
    const place = cellPlace(cell.getAttribute('r') ?? '');
    // Far beyond any SOP table (2,000 steps, 50 actors): a stray cell there is not part of it.
    if (!place || place.row >= MAX_ROWS || place.col >= MAX_COLUMNS) continue;
    const text = cellText(cell, strings);
    if (text === '') continue;
    const row = (rows[place.row] ??= []);
    row[place.col] = text;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? ''));
}

/** The shared string table's texts, in order. */
export function sharedStrings(doc: Document | null): string[] {
  if (!doc) return [];
  // Rich text keeps its runs in <r><t>; phonetic hints (<rPh>) are not part of the text.
  return [...doc.getElementsByTagNameNS(XLSX_MAIN, 'si')].map((si) =>
    [...si.getElementsByTagNameNS(XLSX_MAIN, 't')]
      .filter((t) => t.parentElement?.localName !== 'rPh')
      .map((t) => t.textContent ?? '')
      .join(''),
  );
}

/** A cell's text as written (shared, inline, number or boolean). */
export function cellText(cell: Element, strings: readonly string[]): string {
  const type = cell.getAttribute('t');
  if (type === 'inlineStr') {
    return [...cell.getElementsByTagNameNS(XLSX_MAIN, 't')].map((t) => t.textContent).join('');
  }
  const value = cell.getElementsByTagNameNS(XLSX_MAIN, 'v')[0]?.textContent ?? '';
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

/** `C12` → row 11, column 2 (from 0); null for anything else. */
export function cellPlace(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (col > 16384 || row > 1_048_575) return null;
  return { row, col: col - 1 };
}
