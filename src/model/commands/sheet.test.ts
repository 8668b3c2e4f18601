import { describe, expect, it } from 'vitest';
import { newDocument } from '../defaults';
import { setSheetOptions } from './sheet';

describe('setSheetOptions', () => {
  it('changes paper and orientation and keeps the labels', () => {
    const doc = newDocument('X');
    const next = setSheetOptions(doc, { paper: 'F4', orientation: 'portrait' });
    expect(next.sheet).toMatchObject({ paper: 'F4', orientation: 'portrait', repeatHeader: true });
    expect(next.sheet.labels).toBe(doc.sheet.labels);
    expect(doc.sheet.paper).toBe('A4');
  });

  it('merges a partial change of column labels', () => {
    const next = setSheetOptions(newDocument('X'), { labels: { activity: 'Uraian Kegiatan' } });
    expect(next.sheet.labels.activity).toBe('Uraian Kegiatan');
    expect(next.sheet.labels.time).toBe('Waktu');
  });

  it('returns the same document when nothing changes', () => {
    const doc = newDocument('X');
    expect(setSheetOptions(doc, { paper: 'A4', labels: { notes: 'Keterangan' } })).toBe(doc);
  });
});
