import { describe, expect, it } from 'vitest';
import { paperSize } from '../../layout/paper';
import { printPageCss } from './printCss';

describe('print page CSS', () => {
  it('sets @page to the paper in points, landscape as wide as it is long', () => {
    const css = printPageCss(paperSize('A4', 'landscape'));
    expect(css).toContain('@page { size: 841.89pt 595.28pt; margin: 0; }');
    expect(printPageCss(paperSize('F4', 'portrait'))).toContain('size: 609.45pt 935.43pt');
  });
});
