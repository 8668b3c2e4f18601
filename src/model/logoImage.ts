/**
 * The picture inside a logo data URL, read from its header only: whether the bytes
 * really are the PNG or JPEG the URL says, and how many pixels the picture has.
 * A file is refused on this, not on a failed draw later, because a label is cheap
 * to forge (SVG or HTML called `image/png`) and a tiny file can claim a picture of
 * billions of pixels that a browser would try to decode.
 */

export type LogoType = 'png' | 'jpeg';

export interface PictureSize {
  width: number;
  height: number;
}

/** The bytes of a base64 payload (already checked to be base64). */
export function base64Bytes(payload: string): Uint8Array {
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Width and height of the picture, or null when the bytes are not a well-formed `type` header. */
export function pictureSize(bytes: Uint8Array, type: LogoType): PictureSize | null {
  return type === 'png' ? pngSize(bytes) : jpegSize(bytes);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

function uint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] as number) * 0x1000000 +
      (((bytes[at + 1] as number) << 16) |
        ((bytes[at + 2] as number) << 8) |
        (bytes[at + 3] as number))) >>>
    0
  );
}

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

/** A PNG starts with its signature and then the IHDR chunk (length 13) that holds the size. */
function pngSize(bytes: Uint8Array): PictureSize | null {
  // Signature (8) + chunk length (4) + type (4) + IHDR data (13) + CRC (4).
  if (bytes.length < 33) return null;
  if (PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  if (uint32(bytes, 8) !== 13 || IHDR.some((b, i) => bytes[12 + i] !== b)) return null;
  const width = uint32(bytes, 16);
  const height = uint32(bytes, 20);
  // The PNG specification caps both at 2^31 − 1; zero is not a picture.
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return null;
  return { width, height };
}

/** Start-of-frame markers browsers and PDF readers decode: baseline, extended, progressive. */
const DECODABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Other start-of-frame markers (lossless, hierarchical, arithmetic): a frame, but not one to accept. */
const OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * A JPEG is a run of marker segments after FF D8; the frame header (SOFn) holds the
 * size and must come before the first scan (SOS). Metadata segments (EXIF, ICC)
 * before it are skipped by their lengths.
 */
function jpegSize(bytes: Uint8Array): PictureSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    let marker = bytes[at + 1] as number;
    // Any number of FF fill bytes may come before a marker.
    while (marker === 0xff && at + 2 < bytes.length) {
      at++;
      marker = bytes[at + 1] as number;
    }
    at += 2;
    // Markers without a length: TEM and the restart markers RST0–7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    // End of image, start of scan, or a second start of image before any frame header.
    if (marker === 0xd9 || marker === 0xda || marker === 0xd8 || marker === 0xff) return null;
    if (at + 2 > bytes.length) return null;
    const length = uint16(bytes, at);
    if (length < 2) return null;
    if (DECODABLE_FRAMES.has(marker)) {
      // Length (2), precision (1), height (2), width (2).
      if (length < 7 || at + 7 > bytes.length) return null;
      const height = uint16(bytes, at + 3);
      const width = uint16(bytes, at + 5);
      // A height of 0 means "given later in a DNL segment", which readers seldom support.
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (OTHER_FRAMES.has(marker)) return null;
    at += length;
  }
  return null;
}
