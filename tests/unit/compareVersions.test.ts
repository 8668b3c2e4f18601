import { describe, expect, it } from 'vitest';
import { parseSopFile } from '../../src/persistence/sopFile';
import { fixtureTexts } from '../../src/persistence/testDocs';
import { compareVersions, diffWords, sameContent } from '../../src/model/compareVersions';
import type { SopDocument } from '../../src/model/types';

const fixtures = (): SopDocument[] =>
  fixtureTexts().map(([, text]) => {
    const read = parseSopFile(text);
    if (!read.ok) throw new Error('fixture refused');
    return read.doc;
  });

describe('comparing two versions of an SOP', () => {
  it('marks the changed words of a text', () => {
    expect(
      diffWords('Memeriksa berkas permohonan', 'Memeriksa kelengkapan berkas permohonan'),
    ).toEqual([
      { kind: 'same', text: 'Memeriksa ' },
      { kind: 'added', text: 'kelengkapan ' },
      { kind: 'same', text: 'berkas permohonan' },
    ]);
    const runs = diffWords('10 menit', '15 menit');
    expect(runs.filter((r) => r.kind !== 'same').map((r) => r.text.trim())).toEqual(['10', '15']);
  });

  it.each(fixtures().map((doc) => [doc.identity.number, doc] as const))(
    '%s: a step added, one removed, one reworded, the revision date set — each named',
    (_number, older) => {
      const newer: SopDocument = structuredClone(older);
      const [first, second] = newer.steps;
      first!.activity = `${first!.activity} dan verifikasi`;
      const removed = newer.steps.splice(1, 1)[0]!;
      newer.steps.push({ ...second!, id: 's-baru', activity: 'Mengarsipkan berkas', symbols: [] });
      newer.identity.revisionDate = '2026-12-04';
      const diff = compareVersions(older, newer);
      expect(diff.steps.map((s) => s.kind).sort()).toEqual(['added', 'changed', 'removed']);
      const changed = diff.steps.find((s) => s.kind === 'changed');
      expect(changed?.kind === 'changed' && changed.fields.map((f) => f.field)).toEqual([
        'activity',
      ]);
      const words = changed?.kind === 'changed' ? changed.fields[0]!.words : [];
      expect(words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual([
        'dan verifikasi',
      ]);
      expect(diff.steps.find((s) => s.kind === 'removed')?.step.id).toBe(removed.id);
      expect(diff.identity.map((f) => f.field)).toEqual(['revisionDate']);
      expect(compareVersions(older, structuredClone(older))).toMatchObject({
        steps: [],
        identity: [],
        flowsChanged: false,
      });
    },
  );

  it('tells an SOP exported again unchanged (only its revision date differs)', () => {
    const [doc] = fixtures();
    const again = structuredClone(doc!);
    again.identity.revisionDate = '2026-12-04';
    expect(sameContent(doc!, again)).toBe(true);
    again.steps[0]!.time = '99 menit';
    expect(sameContent(doc!, again)).toBe(false);
  });
});
