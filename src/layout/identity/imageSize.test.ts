import { describe, expect, it } from 'vitest';
import { imageSize } from './imageSize';

function dataUrl(mime: string, bytes: number[]): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** The first 24 bytes of a PNG: signature, IHDR length/type, width, height. */
function pngHeader(width: number, height: number): number[] {
  const be = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
  return [
    0x89,
    0x50,
    0x4e,
    0x47,
    13,
    10,
    26,
    10,
    0,
    0,
    0,
    13,
    73,
    72,
    68,
    82,
    ...be(width),
    ...be(height),
    8,
    6,
    0,
    0,
    0,
  ];
}

describe('imageSize', () => {
  it('reads a PNG header', () => {
    expect(imageSize(dataUrl('image/png', pngHeader(300, 120)))).toEqual({
      width: 300,
      height: 120,
    });
  });

  it('reads a JPEG frame header after an APP0 segment', () => {
    const app0 = [0xff, 0xe0, 0, 16, ...new Array<number>(14).fill(0)];
    const sof0 = [0xff, 0xc0, 0, 17, 8, 0, 50, 0, 200, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
    expect(imageSize(dataUrl('image/jpeg', [0xff, 0xd8, ...app0, ...sof0]))).toEqual({
      width: 200,
      height: 50,
    });
  });

  it('gives null for anything else', () => {
    expect(imageSize('data:image/png;base64,AAAA')).toBeNull();
    expect(imageSize('data:text/plain,hello')).toBeNull();
    expect(imageSize('not a url')).toBeNull();
  });
});
