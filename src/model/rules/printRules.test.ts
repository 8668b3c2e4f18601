import { describe, expect, it } from 'vitest';
import { checkSop } from './checkSop';
import { findingMessage } from './findingMessage';
import { nameChar } from './printRules';
import { testSop } from './testSop';

const doc = testSop([['t'], ['d'], ['p'], ['t']], ['n1>n2', 'n2>n3:Ya', 'n2>n4:Tidak', 'n3>n4']);
const none = { uncleanFlows: new Set<string>() };

describe('texts the sheet cannot print as typed', () => {
  it('name the characters no font draws, and where they are, in both languages', () => {
    const findings = checkSop(doc, {
      ...none,
      unprintable: [
        { place: { kind: 'step', id: 's3', field: 'requirements' }, chars: ['中', '文'] },
        { place: { kind: 'identity', field: 'organization' }, chars: ['😀'] },
        { place: { kind: 'flow', id: 'f2' }, chars: ['ก'] },
      ],
    });
    expect(findings.map((f) => [f.code, f.target])).toEqual([
      ['text.unprintable', { kind: 'flow', id: 'f2' }],
      ['text.unprintable', { kind: 'step', id: 's3' }],
      ['text.unprintable', { kind: 'identity', id: 'organization' }],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    const [flow, step, identity] = findings.map((f) => findingMessage(f, 'id'));
    expect(step).toBe(
      'Langkah 3, kolom Kelengkapan: karakter “中” (U+4E2D), “文” (U+6587) tidak ada pada huruf ' +
        'lembar SOP dan akan tercetak sebagai kotak kosong. Ganti atau hapus karakter itu.',
    );
    expect(flow).toMatch(/^Langkah 2: label panah ke langkah 3: karakter “ก” \(U\+0E01\)/);
    expect(identity).toMatch(/^Identitas, Nama instansi: karakter “😀” \(U\+1F600\)/);
    expect(findingMessage(findings[1]!, 'en')).toMatch(
      /^Step 3, column Kelengkapan: the character\(s\) “中” \(U\+4E2D\), “文” \(U\+6587\) are not in the sheet's fonts/,
    );
  });

  it('gather the hyphenated columns of a step into one finding with the way out', () => {
    const portrait = { ...doc, sheet: { ...doc.sheet, orientation: 'portrait' as const } };
    const findings = checkSop(portrait, {
      ...none,
      hyphenated: [
        { kind: 'columnLabel', field: 'requirements' },
        { kind: 'step', id: 's2', field: 'requirements' },
        { kind: 'actor', id: 'a1' },
        { kind: 'step', id: 's2', field: 'output' },
      ],
    });
    expect(findings.map((f) => [f.code, f.target])).toEqual([
      ['text.hyphenated', { kind: 'step', id: 's2' }],
      ['text.hyphenated', { kind: 'actor', id: 'a1' }],
      ['text.hyphenated', { kind: 'columnLabel', id: 'requirements' }],
    ]);
    const messages = findings.map((f) => findingMessage(f, 'id'));
    expect(messages[0]).toBe(
      'Langkah 2, kolom Kelengkapan, Output: kolom terlalu sempit untuk kata-katanya, sehingga kata ' +
        'dipenggal dengan tanda hubung. Gunakan orientasi lanskap, kertas F4 atau Legal, atau ' +
        'persingkat nama pelaksana.',
    );
    expect(messages[1]).toMatch(/^Nama pelaksana "Pelaksana a1": kolom terlalu sempit/);
    expect(messages[2]).toMatch(/^Judul kolom "Kelengkapan": kolom terlalu sempit/);
    // Landscape A4 already: the way out is other paper; on Legal, shorter words.
    const landscape = checkSop(doc, { ...none, hyphenated: [{ kind: 'actor', id: 'a1' }] });
    expect(findingMessage(landscape[0]!, 'en')).toMatch(/Use F4 or Legal paper/);
    const legal = { ...doc, sheet: { ...doc.sheet, paper: 'Legal' as const } };
    const onLegal = checkSop(legal, { ...none, hyphenated: [{ kind: 'actor', id: 'a1' }] });
    expect(findingMessage(onLegal[0]!, 'en')).toMatch(/Shorten the actor names or the long words/);
  });

  it('are left out when the layout spoke of places the document no longer has', () => {
    const findings = checkSop(doc, {
      ...none,
      unprintable: [{ place: { kind: 'step', id: 'gone', field: 'time' }, chars: ['中'] }],
      hyphenated: [
        { kind: 'actor', id: 'gone' },
        { kind: 'flow', id: 'gone' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('name an invisible character by its code point', () => {
    expect(nameChar('\u200b')).toBe('“\u200b” (U+200B)');
  });
});
