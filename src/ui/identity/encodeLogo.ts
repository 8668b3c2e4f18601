/**
 * Turns an uploaded image file into a logo data URL the file format accepts,
 * shrinking it in a canvas along the plan of `logoAttempts`.
 */
import { isAcceptableLogo, logoAttempts } from './logoPlan';

export type LogoFailure = 'notImage' | 'unreadable' | 'tooBig';
export type LogoResult = { ok: true; dataUrl: string } | { ok: false; reason: LogoFailure };

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file);
    return {
      source: bitmap,
      width: bitmap.width,
      height: bitmap.height,
      release: () => bitmap.close(),
    };
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, release: () => {} };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Reads `file` as an image and re-encodes it as a PNG or JPEG data URL of at most 256 KiB. */
export async function encodeLogo(file: File): Promise<LogoResult> {
  if (!file.type.startsWith('image/')) return { ok: false, reason: 'notImage' };
  let image: Decoded;
  try {
    image = await decode(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    if (image.width < 1 || image.height < 1) return { ok: false, reason: 'unreadable' };
    const canvas = document.createElement('canvas');
    for (const attempt of logoAttempts(image.width, image.height)) {
      canvas.width = attempt.width;
      canvas.height = attempt.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return { ok: false, reason: 'unreadable' };
      ctx.clearRect(0, 0, attempt.width, attempt.height);
      // JPEG has no transparency: a transparent logo would turn black without a white ground.
      if (attempt.type === 'image/jpeg') {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, attempt.width, attempt.height);
      }
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(image.source, 0, 0, attempt.width, attempt.height);
      const dataUrl = canvas.toDataURL(attempt.type, attempt.quality);
      if (isAcceptableLogo(dataUrl)) return { ok: true, dataUrl };
    }
    return { ok: false, reason: 'tooBig' };
  } finally {
    image.release();
  }
}
