/** Limits of one PNG: wide enough for a 1080p slide, small enough for every browser's canvas. */
export const PNG_LIMITS = { minWidth: 1920, maxSide: 16_384, maxArea: 120_000_000 } as const;

export interface PngPlan {
  width: number;
  height: number;
  /** Image pixels per canvas unit. */
  scale: number;
}

/**
 * The image size for a drawing of `width` × `height` canvas units: at least slide width
 * (1920 px) and never smaller than the drawing itself, unless a long drawing would pass the
 * browsers' canvas limits, in which case it shrinks to fit them, proportions kept.
 */
export function planPng(width: number, height: number, limits = PNG_LIMITS): PngPlan {
  if (width <= 0 || height <= 0) return { width: 1, height: 1, scale: 1 };
  let scale = Math.max(1, limits.minWidth / width);
  scale = Math.min(
    scale,
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
  );
  return { width: Math.round(width * scale), height: Math.round(height * scale), scale };
}
