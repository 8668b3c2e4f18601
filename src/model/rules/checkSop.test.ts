import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SopDocument } from '../types';
import { checkSop } from './checkSop';
import { FINDING_CODES, type Finding } from './finding';
import { findingMessage } from './findingMessage';
import { brief, testSop } from './testSop';

function fixture(name: string): SopDocument {
  const url = new URL(`../../../tests/fixtures/${name}.sop.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { sop: SopDocument }).sop;
}

describe('the signed sample SOPs', () => {
  // Checked by hand against each file (and its signed PDF): the three first are
  // well formed; SOP-314 leaves Waktu and Output empty in its last two rows (the last, its
  // closing terminator, is not warned about: it ends the procedure). Its step 2 forks
  // without labels into one row done by two actors, which is allowed.
  const expected: Record<string, string[]> = {
    'sop-009': [],
    'sop-024': [],
    'sop-098': [],
    'sop-314': ['step.no-time step:s6', 'step.no-output step:s6'],
  };
  for (const [name, findings] of Object.entries(expected)) {
    it(`${name} gives exactly the findings written down`, () => {
      expect(brief(fixture(name))).toEqual(findings);
    });
  }

  it('finds the flaws put into a sample: a removed label, a removed arrow', () => {
    const doc = fixture('sop-024');
    doc.flows = doc.flows
      .filter((f) => f.id !== 'f7')
      .map((f) => (f.id === 'f5' ? { ...f, label: '' } : f));
    expect(brief(doc)).toEqual([
      'decision.unlabelled-exit flow:f5',
      'process.no-exit symbol:n6',
      'symbol.unreachable symbol:n7',
    ]);
  });
});

describe('order and speed', () => {
  it('lists findings top to bottom: rows, then actors, then identity', () => {
    const doc = testSop([['p'], ['t'], ['p'], ['t']], ['n2>n3', 'n3>n4', 'n3>n3']);
    doc.steps[2] = { ...doc.steps[2]!, output: '' };
    doc.actors.push({ id: 'a2', name: 'Kasubbag' });
    doc.identity = { ...doc.identity, name: '' };
    expect(brief(doc)).toEqual([
      'process.no-exit symbol:n1',
      'symbol.unreachable symbol:n1',
      'start.not-first-step symbol:n2',
      'step.no-output step:s3',
      'flow.self-loop flow:f3',
      'actor.unused actor:a2',
      'identity.no-name identity:name',
    ]);
  });

  it('handles 2,000 steps with a long loop back without blowing the stack', () => {
    const rows = [['t'], ...Array.from({ length: 1998 }, () => ['p']), ['t']];
    const arrows = Array.from({ length: 1999 }, (_, i) => `n${i + 1}>n${i + 2}`);
    const doc = testSop(rows, [...arrows, 'n1500>n2', 'n700>n700']);
    expect(brief(doc)).toEqual([
      'flow.self-loop flow:f2001',
      'process.unlabelled-exits symbol:n1500',
    ]);
  });

  it('finds nothing on any straight chain, and an error once one arrow is missing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.nat(), (length, pick) => {
        const rows = [['t'], ...Array.from({ length: length - 2 }, () => ['p']), ['t']];
        const arrows = Array.from({ length: length - 1 }, (_, i) => `n${i + 1}>n${i + 2}`);
        expect(checkSop(testSop(rows, arrows))).toEqual([]);
        const broken = arrows.filter((_, i) => i !== pick % arrows.length);
        const findings = checkSop(testSop(rows, broken));
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('messages', () => {
  const params = { step: 3, to: 5, count: 1, label: 'Ya', actor: 'Staf TU' };
  // Findings about a text also say which field it is, its characters and the way out.
  const textParams = { ...params, column: 'Waktu', chars: '“中” (U+4E2D)', advice: 'paper' };

  it('has a complete sentence in both languages for every code', () => {
    for (const code of FINDING_CODES) {
      const finding: Finding = code.startsWith('text.')
        ? {
            code,
            severity: 'warning',
            target: { kind: 'step', id: 's1' },
            place: { kind: 'step', id: 's1', field: 'time' },
            params: textParams,
          }
        : { code, severity: 'error', target: { kind: 'step', id: 's1' }, params };
      for (const lang of ['id', 'en'] as const) {
        const text = findingMessage(finding, lang);
        expect(text, `${code} ${lang}`).not.toMatch(/[{}]/);
        expect(text.length, `${code} ${lang}`).toBeGreaterThan(10);
      }
    }
  });

  it('fills in what the checker found', () => {
    const doc = testSop([['t'], ['d'], ['t']], ['n1>n2', 'n2>n3:Ya']);
    const [finding] = checkSop(doc);
    expect(findingMessage(finding!, 'id')).toBe(
      'Langkah 2: keputusan hanya punya 1 jalan keluar; perlu paling sedikit dua (mis. Ya dan Tidak).',
    );
    expect(findingMessage(finding!, 'en')).toContain('Step 2: the decision has 1 way(s) out');
  });
});
