import { describe, expect, it } from 'vitest';
import { FONT_METRICS } from '../../src/layout/text/fontMetrics.generated';
import { canPrint, charWidth, glyphSource, splitByFace } from '../../src/layout/text/sheetFonts';
import { packFaceMetrics, readFaceMetrics } from '../../scripts/fontFileMetrics';
import { readSheetFontFiles } from '../../src/export/pdf/nodeFontFiles';

describe('the font table layout measures with', () => {
  const files = readSheetFontFiles();
  const regular = readFaceMetrics(files.regular);
  const bold = readFaceMetrics(files.bold);

  it('is what the font files hold (run `npm run fonts` after changing them)', () => {
    expect(FONT_METRICS.regular).toBe(packFaceMetrics(regular));
    expect(FONT_METRICS.bold).toBe(packFaceMetrics(bold));
    expect(FONT_METRICS.fallbackRegular).toBe(
      packFaceMetrics(readFaceMetrics(files.fallbackRegular), regular),
    );
    expect(FONT_METRICS.fallbackBold).toBe(
      packFaceMetrics(readFaceMetrics(files.fallbackBold), bold),
    );
  });

  it('sends each character to the face that has it', () => {
    expect(glyphSource('a', false)).toBe('main');
    expect(glyphSource('≤', true)).toBe('main');
    expect(glyphSource('✓', false)).toBe('fallback');
    expect(glyphSource('中', false)).toBe('none');
    expect(splitByFace('Cek ✓ ≤ 3', false)).toEqual([
      { text: 'Cek ', source: 'main' },
      { text: '✓', source: 'fallback' },
      { text: ' ≤ 3', source: 'main' },
    ]);
    // What no face has prints as a white square from the main face, measured as one.
    expect(splitByFace('a中✓\u{1F600}', true)).toEqual([
      { text: 'a\u25a1', source: 'main' },
      { text: '✓', source: 'fallback' },
      { text: '\u25a1', source: 'main' },
    ]);
    expect(charWidth('中', false)).toBe(charWidth('\u25a1', false));
    expect(charWidth('\u{1F600}', true)).toBe(charWidth('\u25a1', true));
  });

  it('prints the marks offices type, and not scripts the fonts lack', () => {
    for (const char of '≤≥→✓½×№–“”‘’€…•—éÖ') expect(canPrint(char), char).toBe(true);
    for (const char of ['中', '文', '\u{1F600}', '\u0E01'])
      expect(canPrint(char), char).toBe(false);
  });
});
