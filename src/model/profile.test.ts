import { describe, expect, it } from 'vitest';
import { newDocument } from './defaults';
import { sampleDocument } from './sample';
import {
  applyProfile,
  emptyProfile,
  isEmptyProfile,
  newDocumentFromProfile,
  profileChanges,
  profileFromDocument,
} from './profile';

describe('office profile', () => {
  const office = () => {
    const profile = profileFromDocument(sampleDocument());
    profile.unit = 'BAGIAN UMUM';
    profile.approver = {
      title: 'Kepala Bagian Umum',
      name: 'Dra. Siti',
      nip: '197001012000032001',
    };
    profile.legalBasis = ['UU 30/2014', 'Permen PAN-RB 35/2012'];
    profile.paper = 'F4';
    profile.orientation = 'portrait';
    return profile;
  };

  it('starts a new SOP with the office lines, approver, lists, paper and labels', () => {
    const doc = newDocumentFromProfile('Surat Masuk', '2026-12-04', office());
    expect(doc.identity.name).toBe('Surat Masuk');
    expect(doc.identity.createdDate).toBe('2026-12-04');
    expect(doc.identity.unit).toBe('BAGIAN UMUM');
    expect(doc.identity.approver.nip).toBe('197001012000032001');
    expect(doc.identity.legalBasis).toEqual(['UU 30/2014', 'Permen PAN-RB 35/2012']);
    expect(doc.sheet).toMatchObject({ paper: 'F4', orientation: 'portrait' });
    // Steps, actors, number and name are the SOP's own.
    expect(doc.steps).toEqual(newDocument('x').steps);
  });

  it('lists what it would change, and changes only that', () => {
    const doc = newDocument('Arsip');
    doc.identity.qualifications = ['Memahami kearsipan'];
    const profile = office();
    profile.qualifications = [];
    const changes = profileChanges(doc, profile);
    expect(changes).toContain('unit');
    expect(changes).toContain('approver');
    expect(changes).toContain('paper');
    // A list the profile leaves empty is not set: the SOP keeps its own.
    expect(changes).not.toContain('qualifications');
    const applied = applyProfile(doc, profile);
    expect(applied.identity.qualifications).toEqual(['Memahami kearsipan']);
    expect(applied.identity.name).toBe('Arsip');
    expect(profileChanges(applied, profile)).toEqual([]);
    // Applied twice it is the same document: one undo step.
    expect(applyProfile(applied, profile)).toBe(applied);
  });

  it('knows an empty profile', () => {
    expect(isEmptyProfile(emptyProfile())).toBe(true);
    expect(isEmptyProfile(office())).toBe(false);
    expect(applyProfile(newDocument('x'), emptyProfile()).identity).toEqual(
      newDocument('x').identity,
    );
  });
});
