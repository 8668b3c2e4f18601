import { fileError, type FileError } from './fileErrors';
import { formatSizeOver } from './schema';

/*
 * The bytes of a file the user opens, as text. The browser and the command line
 * both decode with this, so a file one accepts the other accepts too: UTF-8 with
 * or without a byte-order mark, and UTF-16 (little or big endian) with one, as
 * Windows editors save "Unicode" text. Anything else is refused rather than read
 * with replacement characters, which would silently change the SOP's text.
 */

export type FileText = { ok: true; text: string } | { ok: false; errors: FileError[] };

/**
 * How many bytes to read at most for a text limit of `maxTextBytes` (UTF-8): UTF-16
 * takes up to twice the bytes of the same text in UTF-8, plus its byte-order mark.
 * Larger files are refused before they are read.
 */
export function maxFileBytes(maxTextBytes: number): number {
  return 2 * maxTextBytes + 2;
}

/** The refusal of a file of `bytes` bytes before it is read. */
export function fileTooLargeError(bytes: number, maxTextBytes: number): FileError {
  return fileError([], 'tooLarge', formatSizeOver(bytes, maxTextBytes));
}

function decode(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | null {
  try {
    // fatal: a malformed sequence is an error, not U+FFFD; ignoreBOM keeps it for us to strip.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Swaps each pair of bytes: big-endian UTF-16 read as little-endian. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] as number;
  return swapped;
}

/**
 * Decodes a file's bytes to text without the byte-order mark. Refuses UTF-8 text
 * over `maxTextBytes` before decoding it (the parser checks decoded UTF-16 text
 * against the same limit), malformed sequences, and UTF-16 without a byte-order
 * mark (recognised by the zero bytes of its ASCII characters).
 */
export function decodeFileText(bytes: Uint8Array, maxTextBytes: number): FileText {
  const badEncoding: FileText = { ok: false, errors: [fileError([], 'badEncoding')] };
  const [b0, b1] = [bytes[0], bytes[1]];
  if (b0 === 0xff && b1 === 0xfe) {
    if (bytes.length % 2 !== 0) return badEncoding;
    const text = decode('utf-16le', bytes.subarray(2));
    return text === null ? badEncoding : { ok: true, text };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    if (bytes.length % 2 !== 0) return badEncoding;
    const text = decode('utf-16le', swapPairs(bytes.subarray(2)));
    return text === null ? badEncoding : { ok: true, text };
  }
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  if (body.length > maxTextBytes) {
    return { ok: false, errors: [fileTooLargeError(body.length, maxTextBytes)] };
  }
  // JSON starts with an ASCII character; a zero byte next to it means UTF-16 without a mark.
  if (body.length >= 2 && (body[0] === 0) !== (body[1] === 0)) return badEncoding;
  const text = decode('utf-8', body);
  return text === null ? badEncoding : { ok: true, text };
}
