import { describe, expect, it } from 'vitest';
import { cellStringXml, drawingTextXml, escapeXml } from './xml';

describe('XML text', () => {
  it('escapes the XML specials', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('keeps every character of a cell string, escaping controls as Excel does', () => {
    expect(cellStringXml('a\u0000b\u001Fc\tD\n')).toBe('a_x0000_b_x001F_c\tD\n');
    expect(cellStringXml('kode _x00E9_ tetap')).toBe('kode _x005F_x00E9_ tetap');
    expect(cellStringXml('baris\r\nbaru\rlagi')).toBe('baris\nbaru\nlagi');
  });

  it('drops what no XML can hold: controls in drawing text, unpaired surrogates everywhere', () => {
    expect(drawingTextXml('Y\u0007a')).toBe('Ya');
    expect(cellStringXml('x\uD800y')).toBe('xy');
    expect(cellStringXml('😀')).toBe('😀');
  });
});
