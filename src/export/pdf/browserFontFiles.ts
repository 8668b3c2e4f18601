import arimoBold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?inline';
import arimoRegular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?inline';
import dejaVuBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import dejaVuRegular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import type { SheetFontFiles } from './sheetFonts';

/*
 * The font files inlined into this module's chunk as data URLs: the app fetches
 * nothing at run time (connect-src 'none'), and the chunk loads only with the PDF export.
 */

/** The base64 part of a `data:font/ttf;base64,…` URL. */
const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

export const loadBrowserSheetFonts = (): Promise<SheetFontFiles> =>
  Promise.resolve({
    regular: base64Of(arimoRegular),
    bold: base64Of(arimoBold),
    fallbackRegular: base64Of(dejaVuRegular),
    fallbackBold: base64Of(dejaVuBold),
  });
