import arimoBold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?inline';
import arimoRegular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?inline';
import dejaVuBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import dejaVuRegular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import type { SheetFontFiles } from './sheetFonts';

/*
 * The font files inlined into this module's chunk as data URLs: the app fetches
 * nothing at run time (connect-src 'none'), and the chunk loads only with the PDF export.
 */

function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const loadBrowserSheetFonts = (): Promise<SheetFontFiles> =>
  Promise.resolve({
    regular: bytesOf(arimoRegular),
    bold: bytesOf(arimoBold),
    fallbackRegular: bytesOf(dejaVuRegular),
    fallbackBold: bytesOf(dejaVuBold),
  });
