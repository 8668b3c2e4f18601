/**
 * Text as XML can carry it. XML 1.0 has no way to write most control
 * characters; SpreadsheetML's cell strings escape them as `_xHHHH_` (and a
 * literal `_xHHHH_` typed by a user as `_x005F_xHHHH_`), which Excel reads
 * back as the original character. Drawing text has no such escape, so
 * control characters are dropped there.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Escapes the five XML specials (for text and attribute values alike). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Line ends as one `\n`, unpaired surrogates removed: what every part of the workbook stores. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, '');
}

/** A cell string's XML text: every character kept, control characters `_xHHHH_`-escaped. */
export function cellStringXml(text: string): string {
  const escaped = normalise(text)
    .replace(LITERAL_ESCAPE, '_x005F_$1')
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(escaped);
}

/** A drawing's text (shape text, labels): control characters dropped. */
export function drawingTextXml(text: string): string {
  return escapeXml(normalise(text).replace(CONTROL, ''));
}

/** Whether a string needs `xml:space="preserve"` to keep its spaces. */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$|\s\s|\n|\t/.test(text);
}
