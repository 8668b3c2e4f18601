import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectIds, createIdAllocator, nextId } from './ids';
import { loadFixture, smallDoc } from './commands/testSupport';

describe('nextId', () => {
  it('gives the smallest free number for the prefix', () => {
    const doc = smallDoc();
    expect(nextId(doc, 's')).toBe('s4');
    expect(nextId(doc, 'a')).toBe('a3');
    expect(nextId(doc, 'x')).toBe('x1');
  });

  it('fills a gap left by a deleted item', () => {
    const doc = smallDoc();
    doc.steps.splice(1, 1);
    expect(nextId(doc, 's')).toBe('s2');
  });

  it('avoids ids of every kind, since they share one namespace', () => {
    const doc = smallDoc();
    // A flow named like the next step id must push the step id further.
    doc.flows.push({ id: 's4', from: 'n1', to: 'n3', label: '' });
    expect(nextId(doc, 's')).toBe('s5');
  });

  it('never returns an id in use (generated documents)', () => {
    const fixture = loadFixture('sop-009.sop.json');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 's', 'n', 'f'), { maxLength: 30 }), (prefixes) => {
        const allocate = createIdAllocator(fixture);
        const used = collectIds(fixture);
        for (const prefix of prefixes) {
          const id = allocate(prefix);
          expect(used.has(id)).toBe(false);
          expect(id.startsWith(prefix)).toBe(true);
          used.add(id);
        }
      }),
    );
  });
});
