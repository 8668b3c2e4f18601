import arimoBold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoRegular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import dejaVuBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import dejaVuRegular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

/** The sheet's main face (Arimo: Helvetica's metrics) as the sheet view names it. */
export const SHEET_FACE = 'Alir Sheet';
/** What the sheet falls back to for what Arimo lacks (DejaVu Sans), as in the PDF. */
export const SHEET_FALLBACK_FACE = 'Alir Sheet Fallback';

/** Latin-1 is all Arimo's: the fallback draws only what lies beyond it. */
const FALLBACK_RANGE = 'U+0100-FFFF';

let registered = false;

/**
 * Makes the PDF's fonts the sheet view's, the print copy's and the canvas's: the same
 * files from the app's own assets (font-src 'self'). They are fetched once the page is
 * idle after start-up, not on first use, so that a sheet shown later (or after the
 * connection dropped) finds every face in the browser already. Where text shows before
 * they arrive, the next family in SHEET_FONT_FAMILY (Helvetica or Arial, the same
 * metrics) stands in, so nothing moves when they do.
 */
export function registerSheetFontFaces(): void {
  if (registered || typeof FontFace === 'undefined' || typeof document === 'undefined') return;
  registered = true;
  const faces: [string, string, string, string | undefined][] = [
    [SHEET_FACE, arimoRegular, '400', undefined],
    [SHEET_FACE, arimoBold, '700', undefined],
    [SHEET_FALLBACK_FACE, dejaVuRegular, '400', FALLBACK_RANGE],
    [SHEET_FALLBACK_FACE, dejaVuBold, '700', FALLBACK_RANGE],
  ];
  const added = faces.map(([family, url, weight, unicodeRange]) => {
    const face = new FontFace(family, `url("${url}") format("truetype")`, {
      weight,
      display: 'swap',
      ...(unicodeRange ? { unicodeRange } : {}),
    });
    document.fonts.add(face);
    return face;
  });
  // A face that cannot load leaves its stand-in in place: nothing to tell the user.
  const loadAll = () => added.forEach((face) => void face.load().catch(() => undefined));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadAll, { timeout: 2000 });
  else setTimeout(loadAll, 0);
}

/** The base64 font files, as the PDF export loads them. */
export interface InlineSheetFonts {
  regular: string;
  bold: string;
  fallbackRegular: string;
  fallbackBold: string;
}

/**
 * The sheet's @font-face rules with the fonts inside, for an SVG drawn as an image (the
 * PNG export): such an image sees no fonts of the page and may fetch nothing. The
 * fallback faces are left out when `withFallback` is false (no text needs them).
 */
export function inlineFontFaceCss(fonts: InlineSheetFonts, withFallback: boolean): string {
  const rule = (family: string, base64: string, weight: number, range?: string) =>
    `@font-face{font-family:"${family}";font-weight:${weight};` +
    (range ? `unicode-range:${range};` : '') +
    `src:url(data:font/ttf;base64,${base64}) format("truetype")}`;
  return [
    rule(SHEET_FACE, fonts.regular, 400),
    rule(SHEET_FACE, fonts.bold, 700),
    ...(withFallback
      ? [
          rule(SHEET_FALLBACK_FACE, fonts.fallbackRegular, 400, FALLBACK_RANGE),
          rule(SHEET_FALLBACK_FACE, fonts.fallbackBold, 700, FALLBACK_RANGE),
        ]
      : []),
  ].join('');
}
