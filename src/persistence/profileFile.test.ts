import { describe, expect, it } from 'vitest';
import { profileFromDocument } from '../model/profile';
import { sampleDocument } from '../model/sample';
import { parseProfileFile, writeProfileFile } from './profileFile';

describe('profile file', () => {
  it('reads back what it writes', () => {
    const profile = profileFromDocument(sampleDocument());
    const text = writeProfileFile(profile);
    expect(JSON.parse(text)).toMatchObject({ format: 'sop-ap-profile', version: 1 });
    expect(parseProfileFile(text)).toEqual({ ok: true, profile });
  });

  it('refuses another kind of file, and a field out of the format rules, by its place', () => {
    const notProfile = parseProfileFile('{"format":"sop-ap","version":2,"sop":{}}');
    expect(notProfile.ok || notProfile.errors[0]).toMatchObject({ code: 'wrongFormat' });
    const profile = { ...profileFromDocument(sampleDocument()), paper: 'A3', unit: 7 };
    const bad = parseProfileFile(JSON.stringify({ format: 'sop-ap-profile', version: 1, profile }));
    expect(bad.ok).toBe(false);
    const paths = bad.ok ? [] : bad.errors.map((e) => e.path);
    expect(paths).toContain('profile.paper');
    expect(paths).toContain('profile.unit');
    expect(parseProfileFile('{ nope')).toMatchObject({ ok: false });
  });
});
