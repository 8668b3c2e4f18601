/*
 * Reading tab-separated text as spreadsheets put it on the clipboard. Excel and LibreOffice
 * wrap a cell in double quotes when it holds a line break, a tab or a quote, doubling the
 * quotes inside; Word and plain editors do not quote at all. A cell is therefore read as quoted
 * only when it opens with a quote AND a matching closing quote ends the cell; anything else
 * (`"Ya" jika lengkap`) is taken literally.
 */

function readQuoted(
  text: string,
  start: number,
  delimiter: string,
): { value: string; end: number } | null {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return null;
    if (text[quote + 1] === '"') {
      value += text.slice(from, quote) + '"';
      from = quote + 2;
      continue;
    }
    const after = text[quote + 1];
    if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') return null;
    return { value: (value + text.slice(from, quote)).replace(/\r\n?/g, '\n'), end: quote + 1 };
  }
}

function cellEnd(text: string, start: number, delimiter: string): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/** Splits clipboard text into rows of cells (tabs between cells, line breaks between rows). */
export function parseTabularText(text: string): string[][] {
  return parseDelimitedText(text, '\t');
}

/**
 * The delimiter of a CSV file: Excel in an Indonesian locale writes `;` (the comma is the
 * decimal mark), elsewhere `,`. Whichever appears more often in the first line, outside quotes.
 */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  const tabs = count('\t');
  const semicolons = count(';');
  const commas = count(',');
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** Splits delimited text (TSV, CSV) into rows of cells, with the quoting rules above. */
export function parseDelimitedText(text: string, delimiter: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  if (source === '') return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = source[i] === '"' ? readQuoted(source, i, delimiter) : null;
    if (quoted) {
      row.push(quoted.value);
      i = quoted.end;
    } else {
      const end = cellEnd(source, i, delimiter);
      row.push(source.slice(i, end));
      i = end;
    }
    if (i >= source.length) {
      rows.push(row);
      return rows;
    }
    if (source[i] === delimiter) {
      i++;
      continue;
    }
    i += source[i] === '\r' && source[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    // The line break after the last row is not the start of an empty row.
    if (i >= source.length) return rows;
  }
}
