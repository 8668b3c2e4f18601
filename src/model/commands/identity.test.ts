import { describe, expect, it } from 'vitest';
import { newDocument } from '../defaults';
import { renameSop, updateIdentity } from './identity';

describe('updateIdentity', () => {
  it('changes only the given fields and keeps the rest of the document shared', () => {
    const doc = newDocument('Lama');
    const next = updateIdentity(doc, { unit: 'BAGIAN UMUM', equipment: ['Komputer'] });
    expect(next.identity.unit).toBe('BAGIAN UMUM');
    expect(next.identity.equipment).toEqual(['Komputer']);
    expect(next.identity.name).toBe('Lama');
    expect(next.steps).toBe(doc.steps);
    expect(doc.identity.unit).toBe('');
  });

  it('returns the same document when nothing changes, so no empty undo step is made', () => {
    const doc = newDocument('Sama');
    expect(updateIdentity(doc, { name: 'Sama' })).toBe(doc);
    expect(updateIdentity(doc, {})).toBe(doc);
  });

  it('renames the SOP', () => {
    expect(renameSop(newDocument('A'), 'B').identity.name).toBe('B');
  });
});
