import { describe, expect, it } from 'vitest';
import { base64Bytes, pictureSize } from './logoImage';
import { jpegHeader, pngHeader } from './testPictures';

describe('pictureSize', () => {
  it('reads the size of a PNG from its IHDR chunk', () => {
    expect(pictureSize(pngHeader(640, 480), 'png')).toEqual({ width: 640, height: 480 });
    expect(pictureSize(pngHeader(0x7fffffff, 1), 'png')).toEqual({ width: 0x7fffffff, height: 1 });
    expect(pictureSize(pngHeader(0x80000000, 1), 'png')).toBeNull();
  });

  it('finds the JPEG frame header after metadata segments and fill bytes', () => {
    const exif = [0xff, 0xe1, 0, 6, 1, 2, 3, 4];
    const head = jpegHeader(300, 200);
    const bytes = Uint8Array.from([0xff, 0xd8, ...exif, 0xff, ...head.slice(2)]);
    expect(pictureSize(bytes, 'jpeg')).toEqual({ width: 300, height: 200 });
  });

  it('refuses a JPEG whose scan starts before any frame header', () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1]);
    expect(pictureSize(bytes, 'jpeg')).toBeNull();
  });

  it('refuses truncated headers of every length without reading past the end', () => {
    for (const [bytes, type] of [
      [pngHeader(10, 10), 'png'],
      [jpegHeader(10, 10), 'jpeg'],
    ] as const) {
      for (let length = 0; length < bytes.length - 2; length++) {
        const size = pictureSize(bytes.slice(0, length), type);
        if (type === 'png' || length < 29) expect(size).toBeNull();
      }
    }
  });

  it('decodes base64 to bytes', () => {
    expect([...base64Bytes('AAEC/w==')]).toEqual([0, 1, 2, 255]);
  });
});
