import type { Identity } from '../../model/types';
import type { Line, Rect, TextBlock, TextMeasurer } from '../geometry';
import { wrapText } from '../text/wrap';
import { formatIndonesianDate } from './indonesianDate';
import { imageSize } from './imageSize';
import { linesHeight, textBlock } from './textBlocks';

/** Sizes of the identity page, in points. */
export const IDENTITY_STYLE = {
  font: 8,
  organizationFont: 10,
  unitFont: 12,
  padding: 4,
  lineWidth: 0.5,
  frameWidth: 0.8,
  /** Share of the table width taken by the left column (the rest is the right). */
  split: 0.58,
  /** Share of the right column taken by the row labels. */
  labelShare: 0.3,
  signatureSpace: 46,
  logoHeight: 58,
  /** Most lines one top-block field may take, so the block always fits a page. */
  maxFieldLines: 6,
} as const;

export interface TopBlockGeometry {
  height: number;
  lines: Line[];
  texts: TextBlock[];
  logo: (Rect & { dataUrl: string }) | null;
}

interface RightRow {
  label: string;
  labelBold: boolean;
  /** Lays the value out from `top`; returns its texts and its height. */
  value: (top: number) => { texts: TextBlock[]; height: number };
}

/**
 * Lays out the identity table's top block between `left` and `right` from
 * `top`: the organization cell on the left, the label/value rows on the right.
 */
export function layoutTopBlock(
  identity: Identity,
  left: number,
  right: number,
  top: number,
  measure: TextMeasurer,
): TopBlockGeometry {
  const s = IDENTITY_STYLE;
  const pad = s.padding;
  const split = left + (right - left) * s.split;
  const valueX = split + (right - split) * s.labelShare;
  const valueWidth = right - valueX - 2 * pad;
  const wrap = (text: string, width: number, size: number, bold: boolean): string[] =>
    capLines(wrapText(text, width, size, bold, measure), width, size, bold, measure);

  const plain =
    (text: string, bold = false) =>
    (y: number) => {
      const lines = wrap(text, valueWidth, s.font, bold);
      return {
        texts: [textBlock(lines, valueX + pad, y + pad, s.font, bold)],
        height: linesHeight(lines.length, s.font) + 2 * pad,
      };
    };

  // Filled in after the left cell is measured, so the signature space can grow.
  let extraSignatureSpace = 0;
  const approval = (y: number) => {
    const centre = valueX + (right - valueX) / 2;
    const { title, name, nip } = identity.approver;
    const titleLines = wrap(title, valueWidth, s.font, false);
    const nameLines = wrap(name, valueWidth, s.font, true);
    const nipLines = nip.trim() === '' ? [] : wrap(`NIP ${nip}`, valueWidth, s.font, false);
    let cursor = y + pad;
    const texts: TextBlock[] = [textBlock(titleLines, centre, cursor, s.font, false, 'center')];
    cursor += linesHeight(titleLines.length, s.font) + s.signatureSpace + extraSignatureSpace;
    texts.push(textBlock(nameLines, centre, cursor, s.font, true, 'center'));
    cursor += linesHeight(nameLines.length, s.font);
    if (nipLines.length > 0) {
      texts.push(textBlock(nipLines, centre, cursor, s.font, false, 'center'));
      cursor += linesHeight(nipLines.length, s.font);
    }
    return { texts, height: cursor + pad - y };
  };

  const rows: RightRow[] = [
    { label: 'Nomor SOP', labelBold: false, value: plain(identity.number) },
    {
      label: 'Tanggal Pembuatan',
      labelBold: false,
      value: plain(formatIndonesianDate(identity.createdDate)),
    },
    {
      label: 'Tanggal Revisi',
      labelBold: false,
      value: plain(formatIndonesianDate(identity.revisionDate)),
    },
    {
      label: 'Tanggal Efektif',
      labelBold: false,
      value: plain(formatIndonesianDate(identity.effectiveDate)),
    },
    { label: 'Disahkan oleh', labelBold: false, value: approval },
    { label: 'Nama SOP', labelBold: true, value: plain(identity.name, true) },
  ];

  const leftCell = layoutLeftCell(identity, left, split, measure);
  const rightHeight = (): number => rows.reduce((sum, row) => sum + rowHeight(row, 0), 0);
  const labelWidth = valueX - split - 2 * pad;
  const rowHeight = (row: RightRow, y: number): number => {
    const labelLines = wrap(row.label, labelWidth, s.font, row.labelBold);
    return Math.max(linesHeight(labelLines.length, s.font) + 2 * pad, row.value(y).height);
  };
  extraSignatureSpace = Math.max(0, leftCell.height - rightHeight());
  const height = rightHeight();

  const lines: Line[] = [
    { x1: split, y1: top, x2: split, y2: top + height, width: s.lineWidth },
    { x1: valueX, y1: top, x2: valueX, y2: top + height, width: s.lineWidth },
    { x1: left, y1: top + height, x2: right, y2: top + height, width: s.lineWidth },
  ];
  const texts: TextBlock[] = [];
  let y = top;
  rows.forEach((row, i) => {
    const labelLines = wrap(row.label, labelWidth, s.font, row.labelBold);
    texts.push(textBlock(labelLines, split + pad, y + pad, s.font, row.labelBold));
    texts.push(...row.value(y).texts);
    y += rowHeight(row, y);
    if (i < rows.length - 1) lines.push({ x1: split, y1: y, x2: right, y2: y, width: s.lineWidth });
  });

  // The left cell's content sits in the middle of the block's height.
  const offset = top + (height - leftCell.height) / 2;
  for (const block of leftCell.texts) {
    texts.push({ ...block, lines: block.lines.map((l) => ({ ...l, y: l.y + offset })) });
  }
  const logo = leftCell.logo ? { ...leftCell.logo, y: leftCell.logo.y + offset } : null;
  return { height, lines, texts, logo };
}

/** The logo, organization lines and unit, positioned from y = 0. */
function layoutLeftCell(
  identity: Identity,
  left: number,
  right: number,
  measure: TextMeasurer,
): { height: number; texts: TextBlock[]; logo: (Rect & { dataUrl: string }) | null } {
  const s = IDENTITY_STYLE;
  const pad = 2 * s.padding;
  const width = right - left - 2 * pad;
  const centre = (left + right) / 2;
  let y = pad;
  let logo: (Rect & { dataUrl: string }) | null = null;
  if (identity.logo) {
    const size = imageSize(identity.logo) ?? { width: 1, height: 1 };
    const height = Math.min(s.logoHeight, (width * size.height) / size.width);
    const logoWidth = (height * size.width) / size.height;
    logo = { x: centre - logoWidth / 2, y, width: logoWidth, height, dataUrl: identity.logo };
    y += height + 6;
  }
  const texts: TextBlock[] = [];
  const organization = identity.organization
    .filter((line) => line.trim() !== '')
    .flatMap((line) => wrapText(line, width, s.organizationFont, true, measure))
    .slice(0, 2 * s.maxFieldLines);
  if (organization.length > 0) {
    texts.push(textBlock(organization, centre, y, s.organizationFont, true, 'center'));
    y += linesHeight(organization.length, s.organizationFont) + 8;
  }
  if (identity.unit.trim() !== '') {
    const unit = capLines(
      wrapText(identity.unit, width, s.unitFont, true, measure),
      width,
      s.unitFont,
      true,
      measure,
    );
    texts.push(textBlock(unit, centre, y, s.unitFont, true, 'center'));
    y += linesHeight(unit.length, s.unitFont);
  }
  return { height: y + pad, texts, logo };
}

/**
 * Keeps at most `maxFieldLines` lines, ending the last with "…": a field of
 * thousands of characters must not push the top block off the page.
 */
function capLines(
  lines: string[],
  width: number,
  size: number,
  bold: boolean,
  measure: TextMeasurer,
): string[] {
  const max = IDENTITY_STYLE.maxFieldLines;
  if (lines.length <= max) return lines;
  let last = `${lines[max - 1] ?? ''}\u2026`;
  while (last.length > 1 && measure.width(last, size, bold) > width) {
    last = `${last.slice(0, -2)}\u2026`;
  }
  return [...lines.slice(0, max - 1), last];
}
