import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('keeps an ordinary SOP name as it is', () => {
    expect(safeFileName(['Pengelolaan Surat Masuk'], '.sop.json', 'sop')).toBe(
      'Pengelolaan Surat Masuk.sop.json',
    );
  });

  it('replaces what file systems refuse and falls back when nothing is left', () => {
    expect(safeFileName(['Surat: masuk/keluar?'], '.png', 'sop')).toBe('Surat- masuk-keluar.png');
    expect(safeFileName(['  ..  '], '.sop.json', 'sop')).toBe('sop.sop.json');
    expect(safeFileName(['nul'], '.sop.json', 'sop')).toBe('sop-nul.sop.json');
  });

  it('always gives a safe, bounded name with the extension (generated)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 3 }), (parts) => {
        const file = safeFileName(parts, '.sop.json', 'sop');
        const base = file.slice(0, -'.sop.json'.length);
        expect(file.endsWith('.sop.json')).toBe(true);
        expect(base).not.toBe('');
        expect(base).not.toMatch(/[/\\:*?"<>|]/);
        expect([...base].every((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127)).toBe(true);
        expect(base.startsWith('.')).toBe(false);
        expect(base.length).toBeLessThanOrEqual(150);
      }),
    );
  });
});
