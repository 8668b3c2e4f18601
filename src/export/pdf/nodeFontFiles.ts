import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SheetFontFace, SheetFontFiles } from './sheetFonts';

/** Where the sheet's font files live, as package paths (the packages are dependencies). */
export const SHEET_FONT_FILES: Record<SheetFontFace, string> = {
  regular: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  bold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
  fallbackRegular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  fallbackBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

const require = createRequire(import.meta.url);

/** The font files read from node_modules (the command line, tests, scripts). */
export function readSheetFontFiles(): SheetFontFiles {
  const read = (face: SheetFontFace) =>
    readFileSync(require.resolve(SHEET_FONT_FILES[face])).toString('base64');
  return {
    regular: read('regular'),
    bold: read('bold'),
    fallbackRegular: read('fallbackRegular'),
    fallbackBold: read('fallbackBold'),
  };
}

export const loadNodeSheetFonts = (): Promise<SheetFontFiles> =>
  Promise.resolve(readSheetFontFiles());
