/**
 * How an uploaded logo is shrunk to fit the file format (PNG or JPEG data URL,
 * at most 256 KiB decoded). Pure: the canvas work lives in `encodeLogo.ts`.
 */
import { LIMITS } from '../../model/limits';

/** The longest side a stored logo keeps: sharp at print size, small in the file. */
export const LOGO_MAX_SIDE = 512;

export interface LogoAttempt {
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  /** JPEG quality (0–1); unused for PNG. */
  quality: number;
}

/** Number of bytes a base64 `data:` URL decodes to (0 for anything else). */
export function decodedDataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    return 0;
  }
  const payload = dataUrl.slice(comma + 1).replace(/\s/g, '');
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.floor((payload.length * 3) / 4) - padding;
}

/** Whether `dataUrl` is a logo the file format accepts. */
export function isAcceptableLogo(dataUrl: string): boolean {
  const accepted =
    dataUrl.startsWith('data:image/png;base64,') || dataUrl.startsWith('data:image/jpeg;base64,');
  return accepted && decodedDataUrlBytes(dataUrl) <= LIMITS.logoBytes;
}

/** Scales `width`×`height` down (never up) so the longest side is at most `maxSide`, keeping the aspect. */
export function fitWithin(
  width: number,
  height: number,
  maxSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * The encodings to try in order, smallest loss first: PNG (logos are flat
 * colour and may be transparent), then JPEG at falling quality, then smaller.
 */
export function logoAttempts(width: number, height: number): LogoAttempt[] {
  const attempts: LogoAttempt[] = [];
  for (const side of [LOGO_MAX_SIDE, 384]) {
    attempts.push({ ...fitWithin(width, height, side), type: 'image/png', quality: 1 });
  }
  for (const side of [LOGO_MAX_SIDE, 384, 256, 160]) {
    for (const quality of [0.92, 0.8, 0.65, 0.5]) {
      attempts.push({ ...fitWithin(width, height, side), type: 'image/jpeg', quality });
    }
  }
  // A small source yields repeated sizes; trying the same encoding twice is wasted work.
  const seen = new Set<string>();
  return attempts.filter((a) => {
    const key = `${a.width}x${a.height}:${a.type}:${a.quality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
