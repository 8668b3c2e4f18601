/**
 * Test helper: a written workbook unzipped and its XML parts parsed, so tests
 * assert on what a spreadsheet program would read, not on the writer's own
 * structures. Needs a DOMParser: run its tests in the jsdom environment.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface ReadWorkbook {
  files: Record<string, Uint8Array>;
  /** Parses a part; throws with the parser's message when it is not well-formed XML. */
  xml(path: string): Document;
  /** The shared strings' texts, in index order (runs joined). */
  strings: string[];
}

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const files = unzipSync(bytes);
  const xml = (path: string): Document => {
    const data = files[path];
    if (!data) throw new Error(`no part ${path}`);
    const doc = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`${path} is not well-formed XML: ${error.textContent ?? ''}`);
    return doc;
  };
  const sst = files['xl/sharedStrings.xml'] ? xml('xl/sharedStrings.xml') : null;
  const strings = sst
    ? [...sst.getElementsByTagName('si')].map((si) =>
        [...si.getElementsByTagName('t')].map((t) => t.textContent ?? '').join(''),
      )
    : [];
  return { files, xml, strings };
}

/** Every element named `tag` (a qualified name such as `xdr:sp`) under `root`. */
export function all(root: Document | Element, tag: string): Element[] {
  return [...root.getElementsByTagName(tag)];
}

/** The text of the first `tag` under `root`, or null. */
export function textOf(root: Document | Element, tag: string): string | null {
  return root.getElementsByTagName(tag)[0]?.textContent ?? null;
}

/** A cell marker (`xdr:from` / `xdr:to`) as numbers. */
export function marker(anchor: Element, tag: 'xdr:from' | 'xdr:to') {
  const m = anchor.getElementsByTagName(tag)[0]!;
  const n = (t: string) => Number(textOf(m, t));
  return { col: n('xdr:col'), colOff: n('xdr:colOff'), row: n('xdr:row'), rowOff: n('xdr:rowOff') };
}

/** The cells of a worksheet by reference (`B3`), with their value resolved through the shared strings. */
export function sheetCells(book: ReadWorkbook, path: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const c of all(book.xml(path), 'c')) {
    const v = textOf(c, 'v');
    if (v === null) continue;
    cells.set(
      c.getAttribute('r')!,
      c.getAttribute('t') === 's' ? (book.strings[Number(v)] ?? '') : v,
    );
  }
  return cells;
}

/** `B3` → `{ row: 2, col: 1 }` (0-based). */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
