import { FONT_NAME } from './styles';
import { cellStringXml, escapeXml, needsPreserve } from './xml';

/** A piece of a cell's text with its own weight and size (identity cells mix a bold header and plain lines). */
export interface TextRun {
  text: string;
  bold: boolean;
  fontSize: number;
}

/** The workbook's shared string table: each distinct cell text once, referenced by index. */
export class SharedStrings {
  private items: string[] = [];
  private index = new Map<string, number>();
  private uses = 0;

  /** Index of a plain string. */
  plain(text: string): number {
    return this.add(`<si>${textXml(text)}</si>`);
  }

  /** Index of a text made of runs; a single run is stored as a plain string (the cell's style sets its look). */
  runs(runs: TextRun[]): number {
    if (runs.length === 1) return this.plain(runs[0]!.text);
    const xml = runs
      .map(
        (r) =>
          `<r><rPr>${r.bold ? '<b/>' : ''}<sz val="${r.fontSize}"/><color rgb="FF000000"/>` +
          `<rFont val="${escapeXml(FONT_NAME)}"/><family val="2"/></rPr>${textXml(r.text)}</r>`,
      )
      .join('');
    return this.add(`<si>${xml}</si>`);
  }

  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.items.length}">` +
      this.items.join('') +
      '</sst>'
    );
  }

  private add(xml: string): number {
    this.uses++;
    const known = this.index.get(xml);
    if (known !== undefined) return known;
    this.items.push(xml);
    this.index.set(xml, this.items.length - 1);
    return this.items.length - 1;
  }
}

function textXml(text: string): string {
  return needsPreserve(text)
    ? `<t xml:space="preserve">${cellStringXml(text)}</t>`
    : `<t>${cellStringXml(text)}</t>`;
}
