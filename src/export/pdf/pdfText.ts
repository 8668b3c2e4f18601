/**
 * The standard PDF fonts only know the WinAnsi characters (Latin-1 plus the
 * typographic marks jsPDF maps into 0x80–0x9F). Other characters are mapped to
 * plain look-alikes and anything else to "?", so a pasted symbol never prints
 * as mojibake.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\t': ' ',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2713': 'v',
};

/** Text as the standard Helvetica font of a PDF can show it. */
export function pdfSafeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code >= 32 && code <= 126) || (code >= 161 && code <= 255) || WIN_ANSI_EXTRAS.has(char)) {
      out += char;
    } else {
      out += REPLACEMENTS[char] ?? '?';
    }
  }
  return out;
}
