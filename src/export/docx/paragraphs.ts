import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TextRun,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { TextAlign } from '../../layout/geometry';
import { FONT, borderEighths, halfPoints, twips } from './units';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export interface TextStyle {
  fontSize: number;
  bold: boolean;
  align: TextAlign;
  /** Line pitch in points (baseline to baseline), set exactly as the PDF sets it. */
  lineHeight: number;
}

export interface ParagraphSpec {
  /** Lines kept as the sheet breaks them (joined by line breaks). */
  lines: string[];
  style: TextStyle;
  /** Space above the first line, in points. */
  before?: number;
  /** Indents in points from the cell's edges; `hanging` pulls the first line back (a list number). */
  left?: number;
  right?: number;
  hanging?: number;
}

/** One Word paragraph of sheet text: Arial, exact line pitch, no space after. */
export function sheetParagraph(spec: ParagraphSpec): Paragraph {
  const { style } = spec;
  const runs = spec.lines.map(
    (text, i) =>
      new TextRun({
        text,
        font: FONT,
        size: halfPoints(style.fontSize),
        bold: style.bold,
        break: i > 0 ? 1 : undefined,
      }),
  );
  return new Paragraph({
    children: runs,
    alignment: ALIGN[style.align],
    spacing: {
      before: twips(spec.before ?? 0),
      after: 0,
      line: twips(style.lineHeight),
      lineRule: LineRuleType.EXACT,
    },
    indent: {
      left: twips(spec.left ?? 0),
      right: twips(spec.right ?? 0),
      hanging: spec.hanging ? twips(spec.hanging) : undefined,
    },
  });
}

/**
 * Where a paragraph's first line must start (its top, for `spacing.before`) so that its
 * baseline falls where the PDF sets it: an exact-pitch line keeps the font's descent
 * below the baseline at its bottom.
 */
export function lineTopFor(
  baseline: number,
  style: Pick<TextStyle, 'fontSize' | 'lineHeight'>,
): number {
  return baseline - style.lineHeight + style.fontSize * 0.212;
}

/** A paragraph of almost no height: an anchor for floating drawings, or a section's end. */
export function tinyParagraph(
  options: { height?: number; pageBreakBefore?: boolean; children?: ParagraphChild[] } = {},
): Paragraph {
  return new Paragraph({
    children: options.children,
    pageBreakBefore: options.pageBreakBefore,
    spacing: {
      before: 0,
      after: 0,
      line: twips(options.height ?? 1),
      lineRule: LineRuleType.EXACT,
    },
    run: { size: 2, font: FONT },
  });
}

/** A cell border of `width` points, or none. */
export function border(width: number): IBorderOptions {
  return width > 0
    ? { style: BorderStyle.SINGLE, size: borderEighths(width), color: '000000' }
    : { style: BorderStyle.NIL, size: 0, color: 'auto' };
}
