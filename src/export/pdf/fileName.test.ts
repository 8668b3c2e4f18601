import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newDocument } from '../../model/defaults';
import { pdfFileName } from './fileName';

function docWith(number: string, name: string) {
  const doc = newDocument(name);
  return { ...doc, identity: { ...doc.identity, number, name } };
}

describe('pdfFileName', () => {
  it('joins number and name and replaces the slashes of the number', () => {
    expect(pdfFileName(docWith('SOP-009/17000/2025', 'Penjualan BMN'))).toBe(
      'SOP-009-17000-2025-Penjualan BMN.pdf',
    );
  });

  it('uses what is there when one part is empty, and a fallback when both are', () => {
    expect(pdfFileName(docWith('', 'Penjualan BMN'))).toBe('Penjualan BMN.pdf');
    expect(pdfFileName(docWith('SOP-1', '  '))).toBe('SOP-1.pdf');
    expect(pdfFileName(docWith('', ''))).toBe('SOP.pdf');
    expect(pdfFileName(docWith('///', '...'))).toBe('SOP.pdf');
  });

  it('removes characters that file systems refuse', () => {
    expect(pdfFileName(docWith('A:B*C', 'x?"<y>|z\\w\n'))).toBe('A-B-C-x-y-z-w.pdf');
    expect(pdfFileName(docWith('', 'CON'))).toBe('SOP-CON.pdf');
  });

  it('always gives a safe, bounded .pdf name (generated)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (number, name) => {
        const file = pdfFileName(docWith(number, name));
        expect(file.endsWith('.pdf')).toBe(true);
        expect(file).not.toMatch(/[/\\:*?"<>|]/);
        expect([...file].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
        expect(file.startsWith('.')).toBe(false);
        expect(file.length).toBeLessThanOrEqual(160);
      }),
    );
  });
});
