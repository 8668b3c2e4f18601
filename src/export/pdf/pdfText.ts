/**
 * The standard PDF fonts only know the WinAnsi characters. Typographic marks
 * outside Latin-1 are mapped to their plain look-alikes and anything else to
 * "?", so the PDF never shows mojibake for a pasted character.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': ',',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2022': '\u00b7',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\t': ' ',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
};

/** Text as the standard Helvetica font of a PDF can show it. */
export function pdfSafeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code >= 32 && code <= 126) || (code >= 161 && code <= 255)) out += char;
    else out += REPLACEMENTS[char] ?? '?';
  }
  return out;
}
