import { normalHeader } from '../model/commands';
import { clampText, clampTexts } from '../model/commands/rows';
import { isCalendarDate } from '../model/schema';
import { LIMITS } from '../model/limits';
import type { Identity, IdentityListField } from '../model/types';

/** A logo's data URL at most as long as the format's logo bytes allow (base64: 4 chars per 3 bytes). */
const LOGO_DATA_URL_CHARS = Math.ceil(LIMITS.logoBytes / 3) * 4 + 32;
import type { WorkbookSheet } from './workbook';

/*
 * The identity page of a workbook (an agency's COVER sheet, or the `Identitas` sheet of
 * Alir's export) read back into identity fields: each field's label cell, as the official
 * sheet words it, is found wherever it stands, and its value read beside or under it.
 */

type Scalar = 'number' | 'createdDate' | 'revisionDate' | 'effectiveDate' | 'approver' | 'name';

/** A label as it is written, normalised; a cell names a field when it starts with one. */
const SCALARS: [Scalar, string[]][] = [
  ['number', ['nomor sop', 'no sop']],
  ['createdDate', ['tanggal pembuatan', 'tgl pembuatan']],
  ['revisionDate', ['tanggal revisi', 'tgl revisi']],
  ['effectiveDate', ['tanggal efektif', 'tgl efektif', 'tanggal berlaku']],
  ['approver', ['disahkan oleh', 'disahkan']],
  ['name', ['nama sop']],
];
const LISTS: [IdentityListField, string[]][] = [
  ['legalBasis', ['dasar hukum']],
  ['qualifications', ['kualifikasi pelaksana', 'kualifikasi']],
  ['relatedSops', ['keterkaitan']],
  ['equipment', ['peralatan perlengkapan', 'peralatan', 'perlengkapan']],
  ['warnings', ['peringatan']],
  ['records', ['pencatatan dan pendataan', 'pencatatan', 'pendataan']],
];

const MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];

/** Short forms offices write that are not a month's first three letters (0 for January). */
const SHORT_MONTHS: Record<string, number> = {
  agt: 7,
  ags: 7,
  nop: 10,
  peb: 1,
  pebruari: 1,
  nopember: 10,
};

/** "2 Juni 2025", "02/06/2025", "2025-06-02" as `YYYY-MM-DD`; null for anything else ("-", "… 2024"). */
export function readDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : (() => {
        const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
        if (dmy) return [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
        const named = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(t);
        const word = named?.[2] ?? '';
        const month = named
          ? (SHORT_MONTHS[word] ?? MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))))
          : -1;
        return named && month >= 0 ? [Number(named[3]), month + 1, Number(named[1])] : null;
      })();
  if (!parts) return null;
  const [y, m, d] = parts as [number, number, number];
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

interface Label {
  row: number;
  col: number;
  field: Scalar | IdentityListField;
  /** What the label's cell holds after the label itself (Alir writes a list in one cell). */
  rest: string;
}

function labelOf(text: string): { field: Label['field']; rest: string } | null {
  const [first = '', ...more] = text.split('\n');
  const head = normalHeader(first);
  if (head === '') return null;
  for (const [field, names] of [...SCALARS, ...LISTS]) {
    // The whole first line is the label, or the label and a word or two ("Pencatatan dan
    // Pendaftaran"): not a sentence that starts so.
    const words = head.split(' ').length;
    const named = names.some(
      (n) => head === n || (head.startsWith(`${n} `) && words <= n.split(' ').length + 2),
    );
    if (named) return { field, rest: more.join('\n') };
  }
  return null;
}

/** Joins the lines of one wrapped text: a line broken after "/" or "-" joins without a space. */
function unwrap(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .reduce(
      (text, line) => (text === '' ? line : /[/-]$/.test(text) ? text + line : `${text} ${line}`),
      '',
    );
}

/** A list's items from its lines: "1. …" starts an item, other lines go on with the last one. */
function listItems(lines: readonly string[]): string[] {
  const items: string[][] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const numbered = /^(\d{1,3})[.)]\s*(.*)$/.exec(line);
    if (numbered || items.length === 0) items.push([numbered ? numbered[2]! : line]);
    else items[items.length - 1]!.push(line);
  }
  return items.map(unwrap).filter((t) => t !== '');
}

/**
 * The identity fields a sheet names, over `base` (fields it does not name keep their value),
 * and how many it found; none on a sheet that is not an identity page.
 */
export function identityFromSheet(
  sheet: WorkbookSheet,
  base: Identity,
): { identity: Identity; found: number } {
  const labels: Label[] = [];
  // Each field's first label only: "Peralatan:" inside the Peralatan/Perlengkapan list is an item.
  sheet.cells.forEach((row, r) =>
    row.forEach((text, c) => {
      const label = text ? labelOf(text) : null;
      if (label && !labels.some((l) => l.field === label.field))
        labels.push({ row: r, col: c, ...label });
    }),
  );
  if (labels.length < 2) return { identity: base, found: 0 };
  const merged = (r: number, c: number) =>
    sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const isLabelAt = (r: number, c: number) => labels.some((l) => l.row === r && l.col === c);
  // The rows a label's value may take: down to the next label in its column area.
  const nextLabelRow = (l: Label, cols: (c: number) => boolean) =>
    Math.min(
      sheet.cells.length,
      ...labels.filter((o) => o.row > l.row && cols(o.col)).map((o) => o.row),
    );
  const identity: Identity = { ...base, approver: { ...base.approver } };
  let found = 0;
  const scalarCols: number[] = [];
  for (const l of labels) {
    if ((LISTS as [string, string[]][]).some(([f]) => f === l.field)) {
      const field = l.field as IdentityListField;
      const span = merged(l.row, l.col) ?? { left: l.col, right: l.col, bottom: l.row };
      const inSpan = (c: number) => c >= span.left && c <= span.right;
      const end = nextLabelRow(l, inSpan);
      // Blocks of lines: the label cell's own rest, then each row's; items never span two.
      const blocks: string[] = l.rest === '' ? [] : [l.rest];
      for (let r = span.bottom + 1; r < end; r++) {
        // A row of the list's area: a number cell and its text, or the item in one cell.
        const cells: string[] = [];
        for (let c = span.left; c <= span.right; c++) {
          const text = sheet.cells[r]?.[c]?.trim() ?? '';
          if (text !== '' && !isLabelAt(r, c)) cells.push(text);
        }
        if (cells.length === 0) continue;
        const [first, ...rest] = cells;
        blocks.push(/^\d{1,3}$/.test(first!) ? `${first}. ${rest.join(' ')}` : cells.join('\n'));
      }
      const items = blocks.flatMap((b) => listItems(b.split('\n')));
      if (items.length > 0) {
        identity[field] = items;
        found++;
      }
      continue;
    }
    // A scalar: the next filled cell to its right in its row, and for the approver the
    // cells under that one down to the next label.
    const row = sheet.cells[l.row] ?? [];
    let valueCol = -1;
    for (let c = l.col + 1; c < row.length; c++) {
      if ((row[c] ?? '').trim() !== '') {
        valueCol = c;
        break;
      }
    }
    if (valueCol < 0) continue;
    scalarCols.push(l.col);
    const value = row[valueCol]!.trim();
    const field = l.field as Scalar;
    found++;
    if (field === 'number') identity.number = value;
    else if (field === 'name') identity.name = unwrap(value.split('\n'));
    else if (field === 'approver') {
      const end = nextLabelRow(l, (c) => c === l.col);
      const lines = [value];
      for (let r = l.row + 1; r < end; r++) {
        const text = sheet.cells[r]?.[valueCol]?.trim() ?? '';
        if (text !== '') lines.push(text);
      }
      const all = lines.flatMap((t) => t.split('\n')).map((t) => t.trim());
      const nipLine = all.find((t) => /^nip\b/i.test(t));
      const others = all.filter((t) => t !== '' && t !== nipLine);
      identity.approver = {
        title: others[0] ?? '',
        name: others.length > 1 ? others[others.length - 1]! : '',
        nip: nipLine ? nipLine.replace(/^nip\.?\s*:?\s*/i, '').replace(/\s+/g, '') : '',
      };
    } else identity[field] = readDate(value);
  }
  // The heading block: the texts left of the scalar labels, above the first list, as
  // organization lines and, after a blank line or last, the unit.
  const firstList = Math.min(
    sheet.cells.length,
    ...labels.filter((l) => LISTS.some(([f]) => f === l.field)).map((l) => l.row),
  );
  const leftOf = Math.min(...scalarCols, Infinity);
  if (Number.isFinite(leftOf)) {
    const lines: string[] = [];
    for (let r = 0; r < firstList; r++) {
      for (let c = 0; c < leftOf; c++) {
        const text = sheet.cells[r]?.[c]?.trim() ?? '';
        if (text !== '' && !isLabelAt(r, c)) lines.push(...text.split('\n'), '');
      }
    }
    const blocks = lines
      .join('\n')
      .split(/\n\s*\n/)
      .map((b) => b.split('\n').filter((t) => t.trim() !== ''));
    const filled = blocks.filter((b) => b.length > 0);
    // Alir writes the lines and, after a blank line, the unit; an agency's sheet, one line a cell.
    const all = filled.flat();
    const organization =
      filled.length >= 2 && filled.some((b) => b.length > 1)
        ? filled.slice(0, -1).flat()
        : all.slice(0, -1);
    const unit =
      filled.length >= 2 && filled.some((b) => b.length > 1)
        ? unwrap(filled[filled.length - 1]!)
        : all[all.length - 1];
    if (all.length === 1) identity.organization = all;
    else if (all.length > 1) {
      identity.organization = organization.map((t) => t.trim());
      identity.unit = unit?.trim() ?? '';
    }
    if (all.length > 0) found++;
  }
  // The logo: the identity page's picture (the largest, where there are several).
  const picture = sheet.drawing
    .filter((o) => o.kind === 'picture' && o.image)
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
  // As long as the identity form lets a field be typed, lists as long as it keeps.
  const clamped: Identity = {
    ...identity,
    logo:
      picture?.image && picture.image.length <= LOGO_DATA_URL_CHARS ? picture.image : identity.logo,
    organization: clampTexts(identity.organization),
    unit: clampText(identity.unit),
    number: clampText(identity.number),
    name: clampText(identity.name),
    approver: {
      title: clampText(identity.approver.title),
      name: clampText(identity.approver.name),
      nip: clampText(identity.approver.nip),
    },
    legalBasis: clampTexts(identity.legalBasis),
    qualifications: clampTexts(identity.qualifications),
    relatedSops: clampTexts(identity.relatedSops),
    equipment: clampTexts(identity.equipment),
    warnings: clampTexts(identity.warnings),
    records: clampTexts(identity.records),
  };
  return { identity: clamped, found };
}
