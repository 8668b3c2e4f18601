// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { importTableFile } from '../../import/importTableFile';
import { readTableFile } from '../../import/readTableFile';
import { newDocument } from '../../model/defaults';
import { TEMPLATE_HEADERS, templateWorkbook } from './template';

describe('the Excel template', () => {
  it('has the headers and the example rows, and the import reads it back as steps with their flows', () => {
    const bytes = templateWorkbook();
    const table = readTableFile('templat.xlsx', bytes);
    expect(table.ok && table.sheets[0]!.rows[0]).toEqual([...TEMPLATE_HEADERS]);
    const read = importTableFile('templat.xlsx', bytes, newDocument('Templat'));
    if (!read.ok) throw new Error(read.reason);
    const doc = read.procedures[0]!.doc;
    expect(doc.actors.map((a) => a.name)).toEqual(['Petugas Loket', 'Verifikator']);
    expect(doc.steps.map((s) => s.symbols.map((y) => y.shape))).toEqual([
      ['terminator'],
      ['decision'],
      ['terminator'],
    ]);
    const step = (id: string) => doc.steps.findIndex((s) => s.symbols.some((y) => y.id === id)) + 1;
    expect(
      doc.flows.map((f) => `${step(f.from)}>${step(f.to)}${f.label ? `:${f.label}` : ''}`).sort(),
    ).toEqual(['1>2', '2>1:Tidak', '2>3:Ya']);
  });
});
