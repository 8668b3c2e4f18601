import { describe, expect, it } from 'vitest';
import { checkSop } from './rules/checkSop';
import { sampleDocument } from './sample';
import type { SopDocument } from './types';
import { validateDocument } from './validate';

const doc = sampleDocument();
const symbolsOf = (d: SopDocument) => d.steps.flatMap((s) => s.symbols);

/** Symbol ids reachable from `start` following flows forwards (or backwards). */
function reachable(d: SopDocument, start: string[], backwards = false): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const f of d.flows) {
      const [from, to] = backwards ? [f.to, f.from] : [f.from, f.to];
      if (from === id && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

describe('sampleDocument', () => {
  it('passes the file validator unchanged', () => {
    expect(validateDocument(doc)).toEqual({ ok: true, doc });
  });

  it('returns a fresh copy each time', () => {
    const a = sampleDocument();
    a.steps[0]!.activity = 'changed';
    a.actors[0]!.name = 'changed';
    expect(sampleDocument()).toEqual(doc);
  });

  it('has a full identity', () => {
    const { identity } = doc;
    for (const field of ['unit', 'number', 'name'] as const) expect(identity[field]).not.toBe('');
    expect(identity.organization.length).toBeGreaterThanOrEqual(2);
    expect(identity.createdDate).not.toBeNull();
    expect(identity.effectiveDate).not.toBeNull();
    expect(Object.values(identity.approver).every((v) => v !== '')).toBe(true);
    for (const field of [
      'legalBasis',
      'qualifications',
      'relatedSops',
      'equipment',
      'warnings',
      'records',
    ] as const) {
      expect(identity[field].length, field).toBeGreaterThan(0);
    }
  });

  it('is big enough to show the sheet: ≥ 8 steps, ≥ 4 actors, ≥ 2 decisions', () => {
    expect(doc.steps.length).toBeGreaterThanOrEqual(8);
    expect(doc.actors.length).toBeGreaterThanOrEqual(4);
    expect(symbolsOf(doc).filter((s) => s.shape === 'decision').length).toBeGreaterThanOrEqual(2);
  });

  it('fills Kelengkapan, Waktu and Output on every step', () => {
    for (const step of doc.steps) {
      expect(
        [step.activity, step.requirements, step.time, step.output].every((t) => t !== ''),
      ).toBe(true);
    }
  });

  it('gives every decision a Ya and a Tidak exit', () => {
    for (const decision of symbolsOf(doc).filter((s) => s.shape === 'decision')) {
      const labels = doc.flows
        .filter((f) => f.from === decision.id)
        .map((f) => f.label)
        .sort();
      expect(labels).toEqual(['Tidak', 'Ya']);
    }
  });

  it('loops back once with a Tidak flow to an earlier step', () => {
    const rowOf = new Map(doc.steps.flatMap((s, i) => s.symbols.map((y) => [y.id, i] as const)));
    const back = doc.flows.filter((f) => rowOf.get(f.to)! < rowOf.get(f.from)!);
    expect(back.map((f) => f.label)).toEqual(['Tidak']);
  });

  it('starts with a terminator in the first row and ends with one in the last', () => {
    expect(doc.steps[0]!.symbols[0]!.shape).toBe('terminator');
    expect(doc.steps.at(-1)!.symbols[0]!.shape).toBe('terminator');
    const ids = symbolsOf(doc).map((s) => s.id);
    expect(reachable(doc, [ids[0]!])).toEqual(new Set(ids));
    expect(reachable(doc, [ids.at(-1)!], true)).toEqual(new Set(ids));
  });

  it('has no findings of severity error from the rule checker', () => {
    expect(checkSop(doc).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
