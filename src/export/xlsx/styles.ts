import { escapeXml } from './xml';

export type BorderStyle = 'thin' | 'medium' | null;

/** How one cell looks: what the sheet's cells can differ in. */
export interface CellStyle {
  fontSize: number;
  bold: boolean;
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'center';
  /** Number format: general, or text (`@`) so an edited "1" stays as typed. */
  text: boolean;
  border: { left: BorderStyle; right: BorderStyle; top: BorderStyle; bottom: BorderStyle };
}

/** The sheet's typeface: metric-compatible with the PDF's Helvetica (LibreOffice maps it to Liberation Sans). */
export const FONT_NAME = 'Arial';
/** The default font's size: Excel's column width unit is its widest digit (7 px). */
const DEFAULT_FONT_SIZE = 10;

/**
 * Collects the distinct fonts, borders and cell formats the sheets use and
 * hands out their `s` indexes; `toXml` writes `xl/styles.xml`.
 */
export class StyleRegistry {
  private fonts = [fontXml(DEFAULT_FONT_SIZE, false)];
  private borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private index = new Map<string, number>();

  /** The `s` attribute for cells of this style. */
  styleOf(style: CellStyle): number {
    const font = intern(this.fonts, fontXml(style.fontSize, style.bold));
    const border = intern(this.borders, borderXml(style.border));
    const xf =
      `<xf numFmtId="${style.text ? 49 : 0}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">` +
      `<alignment horizontal="${style.horizontal}" vertical="${style.vertical}" wrapText="1"/></xf>`;
    const known = this.index.get(xf);
    if (known !== undefined) return known;
    this.xfs.push(xf);
    this.index.set(xf, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function intern(list: string[], xml: string): number {
  const i = list.indexOf(xml);
  if (i >= 0) return i;
  list.push(xml);
  return list.length - 1;
}

function fontXml(size: number, bold: boolean): string {
  return `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><color rgb="FF000000"/><name val="${escapeXml(FONT_NAME)}"/><family val="2"/></font>`;
}

function borderXml(border: CellStyle['border']): string {
  const side = (name: string, style: BorderStyle): string =>
    style ? `<${name} style="${style}"><color rgb="FF000000"/></${name}>` : `<${name}/>`;
  return `<border>${side('left', border.left)}${side('right', border.right)}${side('top', border.top)}${side('bottom', border.bottom)}<diagonal/></border>`;
}
