import { describe, expect, it } from 'vitest';
import { decodeFileText, maxFileBytes } from './fileText';

const text = '{"nama": "Pengelolaan Surat — ü 😀"}';
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + s.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return bytes;
}
const MAX = 1000;

describe('decodeFileText', () => {
  it.each([
    ['UTF-8', utf8(text)],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)])],
    ['UTF-16 LE with a byte-order mark', utf16(text, true)],
    ['UTF-16 BE with a byte-order mark', utf16(text, false)],
  ])('reads %s', (_name, bytes) => {
    expect(decodeFileText(bytes, MAX)).toEqual({ ok: true, text });
  });

  it.each([
    ['malformed UTF-8 (Latin-1 é)', Uint8Array.from([0x7b, 0xe9, 0x7d])],
    ['UTF-16 LE without a byte-order mark', utf16(text, true).subarray(2)],
    ['UTF-16 BE without a byte-order mark', utf16(text, false).subarray(2)],
    ['UTF-16 of an odd number of bytes', utf16(text, true).subarray(0, 7)],
    ['UTF-16 with a lone surrogate', utf16('\ud800x', true)],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeFileText(bytes, MAX)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'badEncoding', params: {} }],
    });
  });

  it('reads an empty file as empty text (the parser words the refusal)', () => {
    expect(decodeFileText(new Uint8Array(0), MAX)).toEqual({ ok: true, text: '' });
  });

  it('refuses UTF-8 over the limit before decoding it', () => {
    expect(decodeFileText(new Uint8Array(MAX + 1).fill(32), MAX)).toMatchObject({
      ok: false,
      errors: [{ code: 'tooLarge' }],
    });
  });

  it('allows UTF-16 up to twice the bytes of the UTF-8 limit', () => {
    expect(maxFileBytes(MAX)).toBe(2 * MAX + 2);
    const bytes = utf16(' '.repeat(MAX), true);
    expect(bytes.length).toBe(maxFileBytes(MAX));
    expect(decodeFileText(bytes, MAX)).toEqual({ ok: true, text: ' '.repeat(MAX) });
  });
});
